// Before a talk from the questions: which of the open questions (and moments brought) to take,
// up to the talk's rounds. Each number ticks or unticks one; Enter starts with those ticked.
import { Text } from 'ink';
import { useState } from 'react';
import type { TalkItem } from '../../questions/talk.js';
import { aboutQuestion, dayOf } from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { oneLine } from './QuestionList.js';

interface ChooseQuestionsProps {
  items: TalkItem[];
  /** The most to bring (the talk's rounds). */
  limit: number;
  onDone: (chosen: TalkItem[]) => void;
  onBack: () => void;
}

const START = -1;

export function ChooseQuestions({ items, limit, onDone, onBack }: ChooseQuestionsProps) {
  const { rows } = useLayout();
  // Moments were chosen by their writers already; questions are chosen here.
  const [ticked, setTicked] = useState<Set<number>>(
    () => new Set(items.flatMap((item, i) => (item.kind === 'moment' ? [i] : [])).slice(0, limit)),
  );
  const [hint, setHint] = useState<string | null>(null);
  const commands = useCommands([{ command: 'choose' }, { command: 'back', run: onBack }]);
  const toggle = (index: number) => {
    if (index === START) {
      if (ticked.size === 0) return setHint('Tick at least one with its number first.');
      return onDone(items.filter((_, i) => ticked.has(i)));
    }
    const next = new Set(ticked);
    if (next.has(index)) next.delete(index);
    else if (next.size >= limit) return setHint(`Up to ${limit} for this talk; untick one first.`);
    else next.add(index);
    setHint(null);
    setTicked(next);
  };
  const label = (item: TalkItem) =>
    item.kind === 'question'
      ? `“${oneLine(item.question.text, 50)}” — ${aboutQuestion(item.question)}`
      : `A moment that hurt ${item.moment.by}, on ${dayOf(item.moment.writtenAt)} (brought by ${item.moment.by})`;
  return (
    <Screen title="Your questions" aside={`${ticked.size} of up to ${limit}`} commands={commands}>
      <Paragraph text="Which would you like to bring up today? The one who asked a question chooses." />
      <Paragraph
        text={`Type a number to tick or untick it. Those not chosen wait for another talk.`}
        color={theme.muted}
      />
      <Text> </Text>
      <ChoiceList<number>
        initialIndex={null}
        rows={Math.max(3, rows - 10)}
        explainEnter="Type the number beside a question to tick it, or choose Start."
        choices={[
          ...items.map((item, i) => ({ label: label(item), value: i, checked: ticked.has(i) })),
          {
            label: ticked.size
              ? `Start with ${ticked.size === 1 ? 'this one' : `these ${ticked.size}`}`
              : 'Start',
            value: START,
          },
        ]}
        onSelect={toggle}
      />
      {hint ? <Paragraph text={hint} color={theme.notice} /> : null}
    </Screen>
  );
}
