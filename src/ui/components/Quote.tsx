import { Box, Text } from 'ink';
import { theme } from '../theme.js';

/**
 * Someone's words, shown back to them. Long text shows its last rows only, so the screen never
 * grows taller than the terminal.
 */
export function Quote({ text, width, maxRows }: { text: string; width: number; maxRows: number }) {
  const lines = text.split('\n');
  const shown = lines.length > maxRows ? ['…', ...lines.slice(-(maxRows - 1))] : lines;
  return (
    <Box flexDirection="column" paddingLeft={2} width={width}>
      {shown.map((line, i) => (
        <Text key={i} color={theme.calm} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
