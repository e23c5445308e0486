import { Text } from 'ink';
import { draftKey, type Partner, type SessionState } from '../../session/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { words } from '../../words/index.js';
import { useSessionUi } from '../session-context.js';
import { TextStep } from './TextStep.js';

const ASK = {
  appreciation: (other: string | null) =>
    other
      ? `what did you appreciate about ${other} today?`
      : 'what did you appreciate about yourself today?',
  agreement: (other: string | null) =>
    other
      ? 'one small thing you agree to try before you next talk:'
      : 'one small thing you will try this week:',
  therapy: () => 'anything you would like to bring to therapy?',
};

const STEMS = {
  appreciation: 'I appreciated…',
  agreement: 'I will try…',
  therapy: 'I would like to talk about…',
};

/** "Closing": each partner's appreciation, an agreement to try, and what to bring to therapy. */
export function Closing({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const step = state.step;
  const key = draftKey(state);
  if (step.kind !== 'closing' || !key) return null;
  const names = state.config.partners;
  const other = names.length === 2 ? (names[step.partner === 0 ? 1 : 0] ?? null) : null;
  return (
    <TextStep
      key={key}
      title="Closing"
      draftKey={key}
      stem={STEMS[step.field]}
      note={words().common.emptyIsFine}
      intro={
        <Text>
          <PartnerName partner={step.partner as Partner} name={names[step.partner] ?? ''} />
          <Text>, {ASK[step.field](other)}</Text>
        </Text>
      }
      onSubmit={(text) => store.dispatch({ type: 'submit-closing', text })}
    />
  );
}
