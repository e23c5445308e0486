import { Box } from 'ink';
import { useCommands } from '../commands/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

const ABOUT =
  'talkturn holds the time and the turns while you two talk, and keeps notes of what you understood. It is not therapy, and it does not replace a counsellor.';
const PRIVATE = 'Everything stays on this computer. Nothing is sent anywhere.';

/** Where to turn instead: in full words, and in fewer for a small terminal. */
const REACH_OUT = {
  full: [
    'It is not for a relationship where anyone is afraid, threatened, controlled or hurt.',
    'If that is you, please reach out instead:',
    '• in danger now: your local emergency number',
    '• in the US: National Domestic Violence Hotline, 1-800-799-7233; crisis line 988',
  ],
  compact: [
    'Not for anyone afraid, threatened, controlled or hurt. Reach out instead:',
    '• danger now: local emergency number',
    '• US domestic violence: 1-800-799-7233',
    '• US crisis line: 988',
  ],
};

/**
 * The first run says plainly what talkturn is not, and where to turn instead. The crisis lines are
 * on the first screen at every size: a small terminal puts them first, in fewer words, and the
 * rest is one key (M) away.
 */
export function SafetyNotice({
  width,
  helpLine,
  onContinue,
}: {
  width: number;
  helpLine?: string;
  onContinue: () => void;
}) {
  const { compact } = useLayout();
  const commands = useCommands([{ command: 'continue', run: onContinue }]);
  const [first, ...lines] = compact ? REACH_OUT.compact : REACH_OUT.full;
  const reachOut = (
    <Box marginTop={compact ? 0 : 1} flexDirection="column">
      <Paragraph text={first ?? ''} bold />
      {[...lines, ...(helpLine ? [`• ${helpLine}`] : [])].map((line) => (
        <Paragraph key={line} text={line} />
      ))}
    </Box>
  );
  return (
    <Screen title="Before you start" commands={commands} width={width}>
      {compact ? reachOut : <Paragraph text={ABOUT} />}
      {compact ? <Paragraph text={ABOUT} /> : reachOut}
      <Box marginTop={compact ? 0 : 1}>
        <Paragraph text={PRIVATE} color={theme.muted} />
      </Box>
    </Screen>
  );
}
