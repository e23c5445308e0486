// The check-in's pause (Ctrl+P or P): the talk's calm words and slow breath, no break timer,
// and Enter goes back to the question it left, with everything typed still there.
import { Box } from 'ink';
import { useState } from 'react';
import type { Clock } from '../../session/index.js';
import { useCommands } from '../commands/index.js';
import { BreathingGuide } from '../components/BreathingGuide.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

/** "Paused": for both of them; nothing counts down, and either can go on when they are ready. */
export function CheckinPaused({ clock, onGoOn }: { clock: Clock; onGoOn: () => void }) {
  const { compact } = useLayout();
  const [since] = useState(() => clock.now());
  const commands = useCommands([{ command: 'continue', run: onGoOn }]);
  const said = words().checkin.paused;
  return (
    <Screen title={words().pause.title} commands={commands}>
      <Paragraph text={words().pause.forBoth} />
      <Paragraph text={words().common.pauseReminder} color={theme.calm} />
      <Box marginY={compact ? 0 : 1}>
        <BreathingGuide clock={clock} since={since} />
      </Box>
      <Paragraph text={compact ? said.goOnShort : said.goOn} color={theme.muted} />
    </Screen>
  );
}
