import { Box, Text } from 'ink';
import { KEYS, type Command } from '../keys.js';
import { theme } from '../theme.js';

/** The keys that work on this screen, drawn from the one key map. It may wrap: none is hidden. */
export function Footer({ commands, width }: { commands: Command[]; width: number }) {
  const parts = commands.map((command) => `${KEYS[command].label} ${KEYS[command].does}`);
  return (
    <Box width={width}>
      <Text color={theme.muted}>{parts.join(' · ')}</Text>
    </Box>
  );
}
