// A partner's name in their colour, then a sentence, wrapped as one paragraph: each row starts at
// a word, as Paragraph's do (Ink's own wrap of a name and a text side by side keeps the space it
// broke at, " la idea…", which longer languages meet at 40 columns).
import { Box, Text } from 'ink';
import type { Partner } from '../../session/index.js';
import { PARTNER_MARKS } from '../../text/colour.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { wrappedRows } from './Clamped.js';

export function NamedParagraph({
  partner,
  name,
  text,
}: {
  partner: Partner;
  name: string;
  /** What follows the name, its comma or space included: ", say out loud…". */
  text: string;
}) {
  const { width } = useLayout();
  const marked = `${PARTNER_MARKS[partner]} ${name}`;
  const [first = '', ...rest] = wrappedRows(`${marked}${text}`, width);
  const named = first.startsWith(marked) ? marked : '';
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={theme.partner[partner]} bold>
          {named}
        </Text>
        {first.slice(named.length)}
      </Text>
      {rest.map((row, i) => (
        <Text key={i} wrap="truncate-end">
          {row}
        </Text>
      ))}
    </Box>
  );
}
