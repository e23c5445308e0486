import { Box } from 'ink';
import { useCommands } from '../commands/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';

/** "Check-in saved": thanks, and where the note is. No numbers, no streaks. */
export function CheckinSaved({ path, onClose }: { path: string; onClose: () => void }) {
  const commands = useCommands([{ command: 'continue', run: onClose }]);
  return (
    <Screen title="Check-in saved" commands={commands}>
      <Paragraph text="Thank you both for checking in today." />
      <Box marginTop={1} flexDirection="column">
        <Paragraph text="Your check-in is in:" />
        <Paragraph text={path} color={theme.accent} />
        <Paragraph
          text="Only your user account on this computer can open it."
          color={theme.muted}
        />
      </Box>
    </Screen>
  );
}
