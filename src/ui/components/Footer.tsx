import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { chooseBinding, KEYS, type Command } from '../keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

const SEPARATOR = ' · ';

/** What the footer knows of the screen beyond its commands. */
export interface FooterFacts {
  /** How many choices the screen's list has, so the footer says their real numbers. */
  choices?: number | null;
}

/** Each command's words, e.g. "Ctrl+P pause", shorter on a small terminal. */
function commandWords(command: Command, compact: boolean, facts: FooterFacts): string {
  const key = command === 'choose' ? chooseBinding(facts.choices ?? null) : KEYS[command];
  return compact && key.short ? key.short : `${key.label} ${key.does}`;
}

/** The footer's rows: commands are never split across two rows, none is left out. */
export function footerLines(
  commands: Command[],
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

/** The keys that work on this screen, drawn from the one key map. */
export function Footer({ commands, facts }: { commands: Command[]; facts?: FooterFacts }) {
  const { width, compact } = useLayout();
  return (
    <Box width={width} flexDirection="column">
      {footerLines(commands, compact, width, facts).map((line) => (
        <Text key={line} color={theme.muted} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
