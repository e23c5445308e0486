import { Text } from 'ink';
import type { AgreementStatus, SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';
import { weekdayDayMonth } from '../../words/format.js';
import { wallClock } from '../../notes/dates.js';

function choices(): { label: string; value: AgreementStatus | null }[] {
  const said = words().review;
  return [
    { label: said.helping, value: 'helping' },
    { label: said.needsChange, value: 'needs-change' },
    { label: said.retire, value: 'retired' },
    { label: said.later, value: null },
  ];
}

/** The day an agreement was made, as it was lived there: "Tuesday 24 November". */
function madeOn(iso: string): string {
  const clock = wallClock(iso);
  return clock ? weekdayDayMonth(clock) : '';
}

/** An agreement from an earlier session, looked at together: how is it going? */
export function ReviewAgreement({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const layout = useLayout();
  const { width, compact } = layout;
  if (state.step.kind !== 'review') return null;
  const index = state.step.agreement;
  const agreements = state.config.agreements ?? [];
  const agreement = agreements[index];
  if (!agreement) return null;
  const said = words().review;
  const CHOICES = choices();
  const by = said.agreedOn(agreement.by, madeOn(agreement.madeIso));
  const byShort = said.agreedOn(agreement.by, '');
  // The agreement is read whole before it is judged: a page at a time (M) when it must be.
  const listRows = CHOICES.reduce(
    (sum, choice) => sum + wrappedRows(choice.label, width - 5).length,
    0,
  );
  // A small terminal leaves out the intro, the date and "How is it going?": the choices ask it.
  const reserved = compact
    ? listRows + wrappedRows(byShort, width).length
    : listRows + 1 + wrappedRows(by, width).length + wrappedRows(said.intro, width).length;
  const fit = pagedFit(layout, ['choose', 'pauseLetter', 'quit'], agreement.text, reserved, 2);
  return (
    <Screen
      title={said.title}
      aside={said.count(index + 1, agreements.length)}
      commands={fit.commands}
    >
      {compact ? null : <Paragraph text={said.intro} />}
      <Paragraph text={compact ? byShort : by} />
      <PagedText
        key={`text:${agreement.id}`}
        text={agreement.text}
        width={width}
        indent={2}
        rows={fit.rows}
        color={theme.calm}
      />
      {compact ? null : <Text>{said.howIsItGoing}</Text>}
      {/* Whether it helps is theirs to say: Enter alone leaves it for another time. */}
      <ChoiceList
        key={agreement.id}
        choices={CHOICES}
        initialIndex={CHOICES.findIndex((choice) => choice.value === null)}
        onSelect={(status) => store.dispatch({ type: 'review-agreement', status })}
      />
    </Screen>
  );
}
