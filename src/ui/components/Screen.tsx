import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Command } from '../keys.js';
import { theme } from '../theme.js';
import { Footer } from './Footer.js';

interface ScreenProps {
  title: ReactNode;
  /** Shown at the right of the title line, e.g. "Prompt 2 of 5". */
  aside?: string;
  commands: Command[];
  width: number;
  children: ReactNode;
}

/** Every screen's frame: a title everyone can read, the body, and the keys that work now. */
export function Screen({ title, aside, commands, width, children }: ScreenProps) {
  return (
    <Box flexDirection="column" width={width}>
      <Box justifyContent="space-between" width={width}>
        <Text bold color={theme.title} wrap="truncate-end">
          {title}
        </Text>
        {aside ? <Text color={theme.muted}>{aside}</Text> : null}
      </Box>
      <Box flexDirection="column" marginTop={1} width={width}>
        {children}
      </Box>
      <Box marginTop={1}>
        <Footer commands={commands} width={width} />
      </Box>
    </Box>
  );
}
