import { Box } from 'ink';
import { useCommands } from '../commands/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
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
  const commands = useCommands([{ command: 'continue', run: onClose }]);
  // A small terminal drops the blank rows, so the whole path shows above the footer's keys.
  const gap = useLayout().compact ? 0 : 1;
  const said = words().saved;
  return (
    <Screen title={said.title} commands={commands}>
      <Paragraph text={solo ? said.thanksSolo : said.thanks} />
      <Box marginTop={gap} flexDirection="column">
        <Paragraph text={said.notesIn} />
        <Paragraph text={path} color={theme.accent} />
        <Paragraph text={said.private} color={theme.muted} />
      </Box>
      <Box marginTop={gap}>
        <Paragraph text={said.bringIt} />
      </Box>
    </Screen>
  );
}
