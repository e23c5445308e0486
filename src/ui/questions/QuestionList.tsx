// The screen `Your questions`: the questions still open, those kept for the therapist, and the
// way to write a new one or a moment that hurt.
import { Text } from 'ink';
import type { Question } from '../../questions/types.js';
import { isOpen } from '../../questions/types.js';
import { fit } from '../../text/fit.js';
import { dayOf } from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';
import { plural } from '../../words/format.js';

export type ListChoice = { kind: 'write' } | { kind: 'moment' } | { kind: 'question'; id: string };

interface QuestionListProps {
  questions: Question[];
  onChoose: (choice: ListChoice) => void;
  onLeave: () => void;
}

export function QuestionList({ questions, onChoose, onLeave }: QuestionListProps) {
  const { rows, compact } = useLayout();
  useKeys((input, key) => {
    if (key.escape) onLeave();
    else if (input === 'n' || input === 'N') onChoose({ kind: 'write' });
  });
  const open = questions.filter(isOpen);
  const said = words().questions;
  const kept = questions.filter((q) => q.status === 'therapist');
  const answered = questions.filter((q) => q.status === 'answered');
  const shown = [...open, ...kept, ...answered];
  const label = (q: Question) => {
    const talks = q.talks.length ? ` · ${plural(q.talks.length, said.list.talks)}` : '';
    const status = q.status === 'open' ? '' : ` · ${said.status[q.status]}`;
    return said.list.line(oneLine(q.text, 40), q.by, dayOf(q.askedAt), talks + status);
  };
  return (
    <Screen
      title={said.title}
      aside={said.list.open(open.length)}
      commands={['choose', 'newQuestion', 'back', 'quit']}
    >
      <Paragraph
        text={
          open.length === 0
            ? said.list.noneOpen
            : `${plural(open.length, said.list.waiting)} ${said.askingAgain}`
        }
      />
      {compact ? null : <Paragraph text={said.list.privacy} color={theme.muted} />}
      <Text> </Text>
      <ChoiceList<ListChoice>
        rows={Math.max(3, rows - (compact ? 6 : 9))}
        choices={[
          { label: said.list.writeNew, value: { kind: 'write' } },
          { label: said.list.moment, value: { kind: 'moment' } },
          ...shown.map((q) => ({
            label: label(q),
            value: { kind: 'question' as const, id: q.id },
          })),
        ]}
        onSelect={onChoose}
      />
    </Screen>
  );
}

/** On one row of at most `max` columns (cut between graphemes, never inside an emoji). */
export function oneLine(text: string, max = 60): string {
  return fit(text.replace(/\s+/g, ' ').trim(), max);
}
