import { Box } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

/** "Session saved": where the notes are, and what to do next. */
export function Saved({
  path,
  solo,
  onClose,
}: {
  path: string;
  solo: boolean;
  onClose: () => void;
}) {
  useKeys((input, key) => {
    if (key.return || key.escape || input === 'q') onClose();
  });
  const said = words().saved;
  return (
    <Screen title={said.title} commands={['continue']}>
      <Paragraph text={solo ? said.thanksSolo : said.thanks} />
      <Box marginTop={1} flexDirection="column">
        <Paragraph text={said.notesIn} />
        <Paragraph text={path} color={theme.accent} />
        <Paragraph text={said.private} color={theme.muted} />
      </Box>
      <Box marginTop={1}>
        <Paragraph text={said.bringIt} />
      </Box>
    </Screen>
  );
}
