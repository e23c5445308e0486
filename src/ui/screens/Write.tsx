import { Text } from 'ink';
import { draftKey, promptProgress, type SessionState } from '../../session/index.js';
import { Countdown } from '../components/Countdown.js';
import { EMPTY_IS_FINE, TIME_UP } from '../copy.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { progressLabel } from './progress-label.js';
import { TextStep } from './TextStep.js';

/** A solo free-write: the prompt, a quiet timer, and room to write. */
export function Write({ state }: { state: SessionState }) {
  const { store, quiet } = useSessionUi();
  const progress = promptProgress(state);
  const key = draftKey(state);
  if (!progress || !key) return null;
  return (
    <TextStep
      key={key}
      title="Time to write"
      aside={progressLabel(progress)}
      draftKey={key}
      stem="What is true for me is…"
      note={EMPTY_IS_FINE}
      intro={<Text bold>{progress.prompt.title}</Text>}
      context={
        progress.prompt.guidance ? (
          <Text color={theme.muted}>{progress.prompt.guidance}</Text>
        ) : null
      }
      above={
        <Countdown
          state={state}
          clock={store.clock}
          big={false}
          quiet={quiet}
          upMessage={TIME_UP}
        />
      }
      onSubmit={(text) => store.dispatch({ type: 'submit-writing', text })}
    />
  );
}
