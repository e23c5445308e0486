import { Text } from 'ink';
import type { AgreementStatus, SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';

const CHOICES: { label: string; value: AgreementStatus | null }[] = [
  { label: 'It is helping', value: 'helping' },
  { label: 'It needs changing', value: 'needs-change' },
  { label: 'Let it go: it has done its work, or it was not right', value: 'retired' },
  { label: 'Leave it for another time', value: null },
];

const INTRO = 'Trust is rebuilt again and again. Take a moment with what you agreed to try.';

function madeOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return ` on ${date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}`;
}

/** An agreement from an earlier session, looked at together: how is it going? */
export function ReviewAgreement({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const layout = useLayout();
  const { width, compact } = layout;
  const commands = useCommands([{ command: 'choose' }]);
  if (state.step.kind !== 'review') return null;
  const index = state.step.agreement;
  const agreements = state.config.agreements ?? [];
  const agreement = agreements[index];
  if (!agreement) return null;
  const by = `${agreement.by} agreed to try${madeOn(agreement.madeIso)}:`;
  const byShort = `${agreement.by} agreed to try:`;
  // The agreement is read whole before it is judged: a page at a time (M) when it must be.
  const listRows = CHOICES.reduce(
    (sum, choice) => sum + wrappedRows(choice.label, width - 5).length,
    0,
  );
  // A small terminal leaves out the intro, the date and "How is it going?": the choices ask it.
  const reserved = compact
    ? listRows + wrappedRows(byShort, width).length
    : listRows + 1 + wrappedRows(by, width).length + wrappedRows(INTRO, width).length;
  const fit = pagedFit(layout, commands, agreement.text, reserved, 2);
  return (
    <Screen
      title="Agreements from before"
      aside={`${index + 1} of ${agreements.length}`}
      commands={fit.commands}
    >
      {compact ? null : <Paragraph text={INTRO} />}
      <Paragraph text={compact ? byShort : by} />
      <PagedText
        key={`text:${agreement.id}`}
        text={agreement.text}
        width={width}
        indent={2}
        rows={fit.rows}
        color={theme.calm}
      />
      {compact ? null : <Text>How is it going?</Text>}
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
