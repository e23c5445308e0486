import { Box } from 'ink';
import { useCommands } from '../commands/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
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
  const commands = useCommands([{ command: 'continue', run: onClose }]);
  // A small terminal drops the blank rows, so the whole path shows above the footer's keys.
  const gap = useLayout().compact ? 0 : 1;
  return (
    <Screen title="Session saved" commands={commands}>
      <Paragraph
        text={
          solo
            ? 'Thank you for taking this time for yourself.'
            : 'Thank you both for showing up for this. It matters.'
        }
      />
      <Box marginTop={gap} flexDirection="column">
        <Paragraph text="Your notes are in:" />
        <Paragraph text={path} color={theme.accent} />
        <Paragraph
          text="Only your user account on this computer can open it."
          color={theme.muted}
        />
      </Box>
      <Box marginTop={gap}>
        <Paragraph text="You can bring it to a therapist, or read it together before your next talk." />
      </Box>
    </Screen>
  );
}
