import { Box, Text, useInput } from 'ink';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';

/** "Session saved": where the notes are, and what to do next. */
export function Saved({
  path,
  width,
  onClose,
}: {
  path: string;
  width: number;
  onClose: () => void;
}) {
  useInput((input, key) => {
    if (key.return || key.escape || input === 'q') onClose();
  });
  return (
    <Screen title="Session saved" commands={['continue']} width={width}>
      <Text>Thank you both for showing up for this. It matters.</Text>
      <Box marginTop={1} flexDirection="column">
        <Text>Your notes are in:</Text>
        <Text color={theme.accent}>{path}</Text>
        <Text color={theme.muted}>Only your user account on this computer can open it.</Text>
      </Box>
      <Box marginTop={1}>
        <Text>You can bring it to a therapist, or read it together before your next talk.</Text>
      </Box>
    </Screen>
  );
}
