// Rows already wrapped, drawn as they are: what Paragraph, Clamped and PagedText end in.
import { Box, Text } from 'ink';

/** Rows already wrapped, each drawn as it is (an empty row keeps its place). */
export function Rows({
  rows,
  color,
  bold,
  indent = 0,
}: {
  rows: string[];
  color?: string;
  bold?: boolean;
  indent?: number;
}) {
  return (
    <Box flexDirection="column" paddingLeft={indent}>
      {rows.map((row, i) => (
        <Text key={i} color={color} bold={bold} wrap="truncate-end">
          {row || ' '}
        </Text>
      ))}
    </Box>
  );
}
