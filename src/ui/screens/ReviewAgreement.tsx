import { Text } from 'ink';
import type { AgreementStatus, SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Clamped } from '../components/Clamped.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';

const CHOICES: { label: string; value: AgreementStatus | null }[] = [
  { label: 'It is helping', value: 'helping' },
  { label: 'It needs changing', value: 'needs-change' },
  { label: 'Let it go: it has done its work, or it was not right', value: 'retired' },
  { label: 'Leave it for another time', value: null },
];

function madeOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return ` on ${date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}`;
}

/** An agreement from an earlier session, looked at together: how is it going? */
export function ReviewAgreement({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const { width, compact } = useLayout();
  if (state.step.kind !== 'review') return null;
  const index = state.step.agreement;
  const agreements = state.config.agreements ?? [];
  const agreement = agreements[index];
  if (!agreement) return null;
  return (
    <Screen
      title="Agreements from before"
      aside={`${index + 1} of ${agreements.length}`}
      commands={['choose', 'pauseLetter', 'quit']}
    >
      {compact ? null : (
        <Text>Trust is rebuilt again and again. Take a moment with what you agreed to try.</Text>
      )}
      <Text>
        {agreement.by} agreed to try{madeOn(agreement.madeIso)}:
      </Text>
      <Clamped
        text={agreement.text}
        width={width}
        indent={2}
        maxRows={compact ? 2 : 5}
        color={theme.calm}
      />
      <Text>How is it going?</Text>
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
