// One question: who asked it and when, how often it came to a talk, every change with its date,
// and the four marks. Nothing is highlighted: Enter alone never marks a question.
import { Box, Text } from 'ink';
import type { Question, QuestionStatus } from '../../questions/types.js';
import { aboutQuestion, dayOf } from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

interface QuestionDetailProps {
  question: Question;
  onMark: (status: QuestionStatus) => void;
  onBack: () => void;
}

export function QuestionDetail({ question, onMark, onBack }: QuestionDetailProps) {
  const { compact } = useLayout();
  useKeys((_input, key) => {
    if (key.escape) onBack();
  });
  const said = words().questions;
  const history = compact ? question.history.slice(-2) : question.history.slice(-5);
  return (
    <Screen
      title={said.title}
      aside={said.status[question.status]}
      commands={['choose', 'back', 'quit']}
    >
      <Paragraph text={`“${question.text}”`} bold />
      <Paragraph text={aboutQuestion(question)} color={theme.muted} />
      <Box flexDirection="column" marginY={compact ? 0 : 1}>
        {history.map((change, i) => (
          <Text key={i} color={theme.muted}>
            {dayOf(change.at)}: {said.status[change.status]}
            {change.talk ? said.detail.inATalk : ''}
          </Text>
        ))}
      </Box>
      <ChoiceList<QuestionStatus>
        initialIndex={null}
        choices={[
          { label: said.marks.answered, value: 'answered' },
          { label: said.marks.open, value: 'open' },
          { label: said.detail.askedAgain, value: 'asked-again' },
          { label: said.detail.therapist, value: 'therapist' },
        ]}
        onSelect={onMark}
      />
    </Screen>
  );
}
