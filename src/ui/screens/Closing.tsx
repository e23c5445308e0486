import { draftKey, type Partner, type SessionState } from '../../session/index.js';
import { words } from '../../words/index.js';
import { useSessionUi } from '../session-context.js';
import { TextStep } from './TextStep.js';

/** "Closing": each partner's appreciation, an agreement to try, and what to bring to therapy. */
export function Closing({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const step = state.step;
  const key = draftKey(state);
  if (step.kind !== 'closing' || !key) return null;
  const said = words().closing;
  const names = state.config.partners;
  const other = names.length === 2 ? (names[step.partner === 0 ? 1 : 0] ?? null) : null;
  return (
    <TextStep
      key={key}
      title={said.title}
      draftKey={key}
      stem={said.stems[step.field]}
      note={words().common.emptyIsFine}
      ask={{
        partner: step.partner as Partner,
        name: names[step.partner] ?? '',
        text: `, ${said.ask[step.field](other)}`,
      }}
      onSubmit={(text) => store.dispatch({ type: 'submit-closing', text })}
    />
  );
}
