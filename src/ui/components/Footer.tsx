import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { Commands } from '../commands/index.js';
import { commandWords, type Command, type FooterFacts } from '../keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

const SEPARATOR = ' · ';

export type { FooterFacts };

/** The footer's rows: commands are never split across two rows, none is left out. */
export function footerLines(
  commands: readonly Command[],
  compact: boolean,
  width: number,
  facts: FooterFacts = {},
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const command of commands) {
    const words = commandWords(command, compact, facts);
    const joined = line ? `${line}${SEPARATOR}${words}` : words;
    if (line && stringWidth(joined) > width) {
      lines.push(line);
      line = words;
    } else {
      line = joined;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The rows of a screen's footer: its declared commands, in the words of the one key map. */
export function footerRows(
  commands: Commands,
  compact: boolean,
  width: number,
  facts: FooterFacts = {},
): string[] {
  return footerLines(commands.list, compact, width, { ...facts, typing: commands.typing });
}

/** The keys that work on this screen, drawn from the one key map. */
export function Footer({ commands, facts }: { commands: Commands; facts?: FooterFacts }) {
  const { width, compact } = useLayout();
  return (
    <Box width={width} flexDirection="column">
      {footerRows(commands, compact, width, facts).map((line) => (
        <Text key={line} color={theme.muted} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
