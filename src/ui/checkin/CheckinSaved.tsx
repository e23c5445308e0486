import { Box, useInput } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

/** "Check-in saved": thanks, and where the note is. No numbers, no streaks. */
export function CheckinSaved({ path, onClose }: { path: string; onClose: () => void }) {
  useInput((input, key) => {
    if (key.return || key.escape || input === 'q') onClose();
  });
  const said = words().checkin.saved;
  return (
    <Screen title={said.title} commands={['continue']}>
      <Paragraph text={said.thanks} />
      <Box marginTop={1} flexDirection="column">
        <Paragraph text={said.isIn} />
        <Paragraph text={path} color={theme.accent} />
        <Paragraph text={words().saved.private} color={theme.muted} />
      </Box>
    </Screen>
  );
}
