import { Paragraph } from '../components/Paragraph.js';
import { draftKey, floor, promptProgress, type SessionState } from '../../session/index.js';
import { words } from '../../words/index.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { currentTurn } from './current-turn.js';
import { OffRecordStep } from './OffRecordStep.js';
import { progressLabel } from './progress-label.js';
import { TextStep } from './TextStep.js';

const EVENTS = {
  reflect: 'submit-reflection',
  validate: 'submit-validation',
  empathize: 'submit-empathy',
} as const;

/** The listener's turn to type: reflect back, and where the deck asks, validate and empathise. */
export function ListenerStep({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const who = floor(state);
  const progress = promptProgress(state);
  const key = draftKey(state);
  const kind = state.step.kind;
  if (!who || !progress || !key || who.listener === null) return null;
  if (kind !== 'reflect' && kind !== 'validate' && kind !== 'empathize') return null;
  const said = words().listener;
  const step = { ...said[kind], event: EVENTS[kind] };
  if (currentTurn(state)?.offRecord) {
    return (
      <OffRecordStep
        title={step.title}
        aside={progressLabel(progress)}
        listener={who.listener}
        listenerName={who.listenerName ?? ''}
        ask={kind === 'reflect' ? said.reflectAloud(who.speakerName) : step.ask(who.speakerName)}
        onDone={() => store.dispatch({ type: step.event, text: '' })}
        {...(kind === 'reflect' ? { onBack: () => store.dispatch({ type: 'back-to-floor' }) } : {})}
      />
    );
  }
  return (
    <TextStep
      key={key}
      title={step.title}
      aside={progressLabel(progress)}
      draftKey={key}
      stem={step.stem}
      emptyHint={kind === 'reflect' ? said.typeFirst : undefined}
      note={kind === 'reflect' ? undefined : words().common.emptyIsFine}
      ask={{
        partner: who.listener,
        name: who.listenerName ?? '',
        text: `, ${step.ask(who.speakerName)}`,
      }}
      context={<Paragraph text={progress.prompt.title} color={theme.muted} />}
      onSubmit={(text) => store.dispatch({ type: step.event, text })}
      {...(kind === 'reflect'
        ? {
            // Back to the floor only before a word is typed: Esc never throws a reflection away.
            onBack: (typed: string) => {
              if (typed.trim() !== '') return said.backOnlyEmpty(who.speakerName);
              store.dispatch({ type: 'back-to-floor' });
              return undefined;
            },
          }
        : {})}
    />
  );
}
