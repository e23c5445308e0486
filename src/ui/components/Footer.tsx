import { Box, Text } from 'ink';
import { KEYS, type Command } from '../keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

export function footerText(commands: Command[], compact = false): string {
  return commands
    .map((command) => {
      const key = KEYS[command];
      return compact && key.short ? key.short : `${key.label} ${key.does}`;
    })
    .join(' · ');
}

/** The keys that work on this screen, drawn from the one key map. It may wrap: none is hidden. */
export function Footer({ commands }: { commands: Command[] }) {
  const { width, compact } = useLayout();
  return (
    <Box width={width}>
      <Text color={theme.muted}>{footerText(commands, compact)}</Text>
    </Box>
  );
}
