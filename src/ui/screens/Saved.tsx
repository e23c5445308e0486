import { Box } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';

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
  return (
    <Screen title="Session saved" commands={['continue']}>
      <Paragraph
        text={
          solo
            ? 'Thank you for taking this time for yourself.'
            : 'Thank you both for showing up for this. It matters.'
        }
      />
      <Box marginTop={1} flexDirection="column">
        <Paragraph text="Your notes are in:" />
        <Paragraph text={path} color={theme.accent} />
        <Paragraph
          text="Only your user account on this computer can open it."
          color={theme.muted}
        />
      </Box>
      <Box marginTop={1}>
        <Paragraph text="You can bring it to a therapist, or read it together before your next talk." />
      </Box>
    </Screen>
  );
}
