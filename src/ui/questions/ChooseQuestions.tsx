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
import { words } from '../../words/index.js';
import { plural } from '../../words/format.js';

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
  const said = words().questions;
  const [hint, setHint] = useState<string | null>(null);
  const commands = useCommands([{ command: 'choose' }, { command: 'back', run: onBack }]);
  const toggle = (index: number) => {
    if (index === START) {
      if (ticked.size === 0) return setHint(said.choose.tickOne);
      return onDone(items.filter((_, i) => ticked.has(i)));
    }
    const next = new Set(ticked);
    if (next.has(index)) next.delete(index);
    else if (next.size >= limit) return setHint(said.choose.upTo(limit));
    else next.add(index);
    setHint(null);
    setTicked(next);
  };
  // The whole question, wrapped at words: the one who asked is choosing what to bring, and a
  // question cut mid-word cannot be told from another that starts the same way. A list taller
  // than the screen pages with M.
  const label = (item: TalkItem) =>
    item.kind === 'question'
      ? said.choose.question(oneLine(item.question.text, Infinity), aboutQuestion(item.question))
      : said.choose.moment(item.moment.by, dayOf(item.moment.writtenAt));
  return (
    <Screen title={said.title} aside={said.choose.ticked(ticked.size, limit)} commands={commands}>
      <Paragraph text={said.choose.ask} />
      <Paragraph text={said.choose.howTo} color={theme.muted} />
      <Text> </Text>
      <ChoiceList<number>
        initialIndex={null}
        rows={Math.max(3, rows - 10)}
        explainEnter={said.choose.howToShort}
        choices={[
          ...items.map((item, i) => ({ label: label(item), value: i, checked: ticked.has(i) })),
          {
            label: ticked.size ? plural(ticked.size, said.choose.startWith) : said.choose.start,
            value: START,
          },
        ]}
        onSelect={toggle}
      />
      {hint ? <Paragraph text={hint} color={theme.notice} /> : null}
    </Screen>
  );
}
