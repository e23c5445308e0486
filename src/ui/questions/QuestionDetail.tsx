// One question: who asked it and when, how often it came to a talk, every change with its date,
// and the four marks. Nothing is highlighted: Enter alone never marks a question.
import { Box, Text } from 'ink';
import type { Question, QuestionStatus } from '../../questions/types.js';
import {
  ASKING_AGAIN,
  QUESTIONS_TITLE,
  STATUS_WORDS,
  aboutQuestion,
  dayOf,
} from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

interface QuestionDetailProps {
  question: Question;
  onMark: (status: QuestionStatus) => void;
  onBack: () => void;
}

export function QuestionDetail({ question, onMark, onBack }: QuestionDetailProps) {
  const { compact } = useLayout();
  const commands = useCommands([{ command: 'choose' }, { command: 'back', run: onBack }]);
  const history = compact ? question.history.slice(-2) : question.history.slice(-5);
  return (
    <Screen title={QUESTIONS_TITLE} aside={STATUS_WORDS[question.status]} commands={commands}>
      <Paragraph text={`“${question.text}”`} bold />
      <Paragraph text={aboutQuestion(question)} color={theme.muted} />
      <Box flexDirection="column" marginY={compact ? 0 : 1}>
        {history.map((change, i) => (
          <Text key={i} color={theme.muted}>
            {dayOf(change.at)}: {STATUS_WORDS[change.status]}
            {change.talk ? ' (in a talk)' : ''}
          </Text>
        ))}
      </Box>
      <ChoiceList<QuestionStatus>
        initialIndex={null}
        choices={[
          { label: 'Answered for now', value: 'answered' },
          { label: 'Still open', value: 'open' },
          { label: `Asked again — ${ASKING_AGAIN.toLowerCase()}`, value: 'asked-again' },
          { label: 'Keep it for the therapist', value: 'therapist' },
        ]}
        onSelect={onMark}
      />
    </Screen>
  );
}
