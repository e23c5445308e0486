import { useState } from 'react';
import { ChoiceList } from '../components/choice-list/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useCommands } from '../commands/index.js';
import { theme } from '../theme.js';

/** At this number or above (or with a racing heart) a long pause is suggested. */
const FLOODED = 8;

interface FeelingCheckProps {
  /** Both names: whoever pressed H says who they are, so the question names who is asked. */
  names: readonly string[];
  /** Takes the suggested pause (of at least 20 minutes). */
  onPause: () => void;
  onBack: () => void;
}

type Answer = number | 'racing' | null;

const HEAVY = 'That is a lot to carry right now, and it makes sense.';
const SETTLE =
  'When feelings run this high, a body needs about twenty minutes to settle before talking can help. A pause of at least 20 minutes may be the kindest next step.';

/**
 * "How overwhelmed do you feel?", for either partner, between turns. The answer lives only on
 * this screen: it is never journaled, saved or shown again. The screen is shared, so it says so
 * and names who is asked, instead of promising that only one of them sees it.
 */
export function FeelingCheck({ names, onPause, onBack }: FeelingCheckProps) {
  const layout = useLayout();
  const [asked, setAsked] = useState<string | null>(names.length === 1 ? (names[0] ?? '') : null);
  const [answer, setAnswer] = useState<Answer>(null);
  const asking = answer === null;
  const numberAsked = asking && asked !== null;
  const commands = useCommands([
    { command: 'choose', when: !numberAsked },
    {
      command: 'answerNumber',
      when: numberAsked,
      run: (input) => setAnswer(input === '0' ? 10 : Number(input)),
    },
    { command: 'racing', when: numberAsked, run: () => setAnswer('racing') },
    { command: 'back', when: asking, run: onBack },
  ]);

  if (asked === null) {
    return (
      <Screen title="How are you doing?" commands={commands}>
        <Paragraph text="Who would like to check in with themselves?" />
        <ChoiceList
          choices={names.map((name) => ({ label: name, value: name }))}
          initialIndex={null}
          explainEnter="Choose your name: ↑↓ then Enter, or its number."
          onSelect={setAsked}
        />
      </Screen>
    );
  }
  if (answer === null) {
    const other = names.find((name) => name !== asked);
    return (
      <Screen title="How are you doing?" commands={commands}>
        <Paragraph
          text={`${names.length === 1 ? 'How' : `${asked}, how`} overwhelmed do you feel right now, from 1 (calm) to 10 (flooded)?`}
        />
        <Paragraph text="Press a number (0 for 10), or R if your heart is racing." />
        <Paragraph
          text={
            other
              ? `This is on the screen you share with ${other}, and it is not written down anywhere.`
              : 'It is not written down anywhere.'
          }
          color={theme.muted}
        />
      </Screen>
    );
  }
  const flooded = answer === 'racing' || answer >= FLOODED;
  // The choices always show; the reason for a long pause is a page at a time when it must be.
  const reserved = 2 + wrappedRows(HEAVY, layout.width).length;
  const fit = pagedFit(layout, commands, SETTLE, reserved);
  if (!flooded) {
    return (
      <Screen title="How are you doing?" commands={commands}>
        <Paragraph text="Thank you for checking in with yourself." />
        <ChoiceList choices={[{ label: 'Go back to the talk', value: 'back' }]} onSelect={onBack} />
      </Screen>
    );
  }
  return (
    <Screen title="How are you doing?" commands={fit.commands}>
      <Paragraph text={HEAVY} />
      <PagedText text={SETTLE} width={layout.width} rows={fit.rows} />
      <ChoiceList
        choices={[
          { label: 'Take a 20-minute pause', value: 'pause' as const },
          { label: 'Carry on for now', value: 'back' as const },
        ]}
        onSelect={(choice) => (choice === 'pause' ? onPause() : onBack())}
      />
    </Screen>
  );
}
