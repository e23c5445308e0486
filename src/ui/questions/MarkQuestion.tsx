// After a question's turn in a talk: the one who asked it marks where it stands (answered for
// now, still open, for the therapist); after a moment was owned, its writer says if it helped.
// Nothing is highlighted: Enter alone never marks anything for anyone.
import { Box, Text } from 'ink';
import {
  promptProgress,
  floor,
  type QuestionMark,
  type SessionState,
} from '../../session/index.js';
import { helpedChoices, markChoices } from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { progressLabel } from '../screens/progress-label.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

export function MarkQuestion({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const { compact } = useLayout();
  const who = floor(state);
  const progress = promptProgress(state);
  const question = progress?.prompt.question;
  if (!who || !progress || !question || who.listener === null) return null;
  const moment = question.kind === 'moment';
  const said = words().questions.mark;
  const choices: { label: string; value: QuestionMark }[] = moment
    ? helpedChoices()
    : markChoices();
  return (
    <Screen
      title={moment ? said.helpTitle : said.standTitle}
      aside={progressLabel(progress)}
      commands={['choose', 'pauseLetter', 'quit']}
    >
      <Paragraph text={moment ? said.theMoment : said.quoted(progress.prompt.title)} bold />
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        <Text>
          <PartnerName partner={who.listener} name={who.listenerName ?? ''} />
          <Text>{moment ? said.ownedWithYou(who.speakerName ?? '') : said.youAsked}</Text>
        </Text>
        <ChoiceList<QuestionMark>
          initialIndex={null}
          explainEnter={said.typeNumber}
          choices={choices}
          onSelect={(mark) => store.dispatch({ type: 'mark-question', mark })}
        />
        {compact || moment ? null : <Paragraph text={said.stillOpenFine} color={theme.muted} />}
      </Box>
    </Screen>
  );
}
