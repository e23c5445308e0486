import { Box, Text, useInput } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';

/** "Check-in saved": thanks, and where the note is. No numbers, no streaks. */
export function CheckinSaved({ path, onClose }: { path: string; onClose: () => void }) {
  useInput((input, key) => {
    if (key.return || key.escape || input === 'q') onClose();
  });
  return (
    <Screen title="Check-in saved" commands={['continue']}>
      <Text>Thank you both for checking in today.</Text>
      <Box marginTop={1} flexDirection="column">
        <Text>Your check-in is in:</Text>
        <Paragraph text={path} color={theme.accent} />
        <Text color={theme.muted}>Only your user account on this computer can open it.</Text>
      </Box>
    </Screen>
  );
}
