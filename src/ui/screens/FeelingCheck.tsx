import { useState } from 'react';
import { ChoiceList } from '../components/choice-list/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useKeys } from '../hooks/use-keys.js';
import { theme } from '../theme.js';

/** At this number or above (or with a racing heart) a long pause is suggested. */
const FLOODED = 8;

interface FeelingCheckProps {
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
 * this screen: it is never journaled, saved or shown again.
 */
export function FeelingCheck({ onPause, onBack }: FeelingCheckProps) {
  const layout = useLayout();
  const [answer, setAnswer] = useState<Answer>(null);
  useKeys((input, key) => {
    if (answer !== null) return;
    if (key.escape) onBack();
    else if (/^[0-9]$/.test(input)) setAnswer(input === '0' ? 10 : Number(input));
    else if (input === 'r' || input === 'R') setAnswer('racing');
  });

  if (answer === null) {
    return (
      <Screen title="How are you doing?" commands={['back', 'quit']}>
        <Paragraph text="How overwhelmed do you feel right now, from 1 (calm) to 10 (flooded)?" />
        <Paragraph text="Press a number (0 for 10), or R if your heart is racing." />
        <Paragraph text="Only you see this. It is not written down anywhere." color={theme.muted} />
      </Screen>
    );
  }
  const flooded = answer === 'racing' || answer >= FLOODED;
  // The choices always show; the reason for a long pause is a page at a time when it must be.
  const reserved = 2 + wrappedRows(HEAVY, layout.width).length;
  const { commands, rows: settleRows } = pagedFit(layout, ['choose', 'quit'], SETTLE, reserved);
  if (!flooded) {
    return (
      <Screen title="How are you doing?" commands={['choose', 'quit']}>
        <Paragraph text="Thank you for checking in with yourself." />
        <ChoiceList choices={[{ label: 'Go back to the talk', value: 'back' }]} onSelect={onBack} />
      </Screen>
    );
  }
  return (
    <Screen title="How are you doing?" commands={commands}>
      <Paragraph text={HEAVY} />
      <PagedText text={SETTLE} width={layout.width} rows={settleRows} />
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
