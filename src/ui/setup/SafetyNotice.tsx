import { Box } from 'ink';
import { useCommands } from '../commands/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { crisisLines } from '../../words/crisis-lines.js';
import { words } from '../../words/index.js';

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
  const said = words().safety;
  // The lines of the couple's country (src/words/crisis-lines.ts), in fewer words when small.
  const { crisis } = words().languages;
  const [first, ...lines] = compact
    ? [crisis.introShort, ...crisisLines('short', helpLine)]
    : [...crisis.intro, ...crisisLines('full', helpLine)];
  const reachOut = (
    <Box marginTop={compact ? 0 : 1} flexDirection="column">
      <Paragraph text={first ?? ''} bold />
      {lines.map((line) => (
        <Paragraph key={line} text={line} />
      ))}
    </Box>
  );
  return (
    <Screen title={said.title} commands={commands} width={width}>
      {compact ? reachOut : <Paragraph text={said.about} />}
      {compact ? <Paragraph text={said.about} /> : reachOut}
      <Box marginTop={compact ? 0 : 1}>
        <Paragraph text={said.private} color={theme.muted} />
      </Box>
    </Screen>
  );
}
