import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import stringWidth from 'string-width';
import type { Command } from '../keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { Footer, footerLines } from './Footer.js';

interface ScreenProps {
  title: ReactNode;
  /** Shown at the right of the title line when there is room, e.g. "Prompt 2 of 5". */
  aside?: string;
  commands: Command[];
  /** Kept for screens that size their own parts; the frame itself follows the layout. */
  width?: number;
  children: ReactNode;
}

/**
 * Every screen's frame: a title everyone can read, the body, and the keys that work now. The body
 * is cut to the rows the terminal has, so a frame never grows as tall as the terminal.
 */
export function Screen({ title, aside, commands, children }: ScreenProps) {
  const { width, rows, compact } = useLayout();
  const gap = compact ? 0 : 1;
  const footerRows = Math.max(1, footerLines(commands, compact, width).length);
  const bodyRows = Math.max(1, rows - 1 - footerRows - 2 * gap);
  const titleText = typeof title === 'string' ? title : '';
  const showAside = aside && stringWidth(titleText) + stringWidth(aside) + 2 <= width;
  return (
    <Box flexDirection="column" width={width}>
      <Box justifyContent="space-between" width={width}>
        <Text bold color={theme.title} wrap="truncate-end">
          {title}
        </Text>
        {showAside ? <Text color={theme.muted}>{aside}</Text> : null}
      </Box>
      <Box flexDirection="column" marginTop={gap} width={width} height={bodyRows} overflow="hidden">
        <Box flexDirection="column" flexShrink={0} width={width}>
          {children}
        </Box>
      </Box>
      <Box marginTop={gap}>
        <Footer commands={commands} />
      </Box>
    </Box>
  );
}
