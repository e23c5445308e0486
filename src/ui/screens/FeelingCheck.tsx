import { useState } from 'react';
import { ChoiceList } from '../components/choice-list/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useKeys } from '../hooks/use-keys.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

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

/**
 * "How overwhelmed do you feel?", for either partner, between turns. The answer lives only on
 * this screen: it is never journaled, saved or shown again. The screen is shared, so it says so
 * and names who is asked, instead of promising that only one of them sees it.
 */
export function FeelingCheck({ names, onPause, onBack }: FeelingCheckProps) {
  const layout = useLayout();
  const said = words().feeling;
  const [asked, setAsked] = useState<string | null>(names.length === 1 ? (names[0] ?? '') : null);
  const [answer, setAnswer] = useState<Answer>(null);
  useKeys((input, key) => {
    if (answer !== null) return;
    if (key.escape) onBack();
    else if (asked === null) return;
    else if (/^[0-9]$/.test(input)) setAnswer(input === '0' ? 10 : Number(input));
    else if (input === 'r' || input === 'R') setAnswer('racing');
  });

  if (asked === null) {
    return (
      <Screen title={said.title} commands={['choose', 'back', 'quit']}>
        <Paragraph text={said.who} />
        <ChoiceList
          choices={names.map((name) => ({ label: name, value: name }))}
          initialIndex={null}
          explainEnter={said.chooseName}
          onSelect={setAsked}
        />
      </Screen>
    );
  }
  if (answer === null) {
    const other = names.find((name) => name !== asked);
    return (
      <Screen title={said.title} commands={['back', 'quit']}>
        <Paragraph text={said.ask(names.length === 1 ? null : asked)} />
        <Paragraph text={said.keys} />
        <Paragraph text={other ? said.sharedScreen(other) : said.notWritten} color={theme.muted} />
      </Screen>
    );
  }
  const flooded = answer === 'racing' || answer >= FLOODED;
  // The choices always show; the reason for a long pause is a page at a time when it must be.
  const reserved = 2 + wrappedRows(said.heavy, layout.width).length;
  const { commands, rows: settleRows } = pagedFit(
    layout,
    ['choose', 'quit'],
    said.settle,
    reserved,
  );
  if (!flooded) {
    return (
      <Screen title={said.title} commands={['choose', 'quit']}>
        <Paragraph text={said.thanks} />
        <ChoiceList choices={[{ label: said.goBack, value: 'back' }]} onSelect={onBack} />
      </Screen>
    );
  }
  return (
    <Screen title={said.title} commands={commands}>
      <Paragraph text={said.heavy} />
      <PagedText text={said.settle} width={layout.width} rows={settleRows} />
      <ChoiceList
        choices={[
          { label: said.takePause, value: 'pause' as const },
          { label: said.carryOn, value: 'back' as const },
        ]}
        onSelect={(choice) => (choice === 'pause' ? onPause() : onBack())}
      />
    </Screen>
  );
}
