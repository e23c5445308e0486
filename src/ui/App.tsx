import { Box } from 'ink';
import { useEffect } from 'react';
import { assertNever, unsentDrafts, type Clock, type SessionState } from '../session/index.js';
import { AutosaveProblem } from './components/AutosaveProblem.js';
import { useSessionState } from './hooks/use-session-state.js';
import { SessionKeys } from './session-keys.js';
import { Check } from './screens/Check.js';
import { Closing } from './screens/Closing.js';
import { GroundRules } from './screens/GroundRules.js';
import { Paused } from './screens/Paused.js';
import { ListenerStep } from './screens/Reflect.js';
import { ReviewAgreement } from './screens/ReviewAgreement.js';
import { Speak } from './screens/Speak.js';
import { Write } from './screens/Write.js';
import { MarkQuestion } from './questions/MarkQuestion.js';
import { useSessionUi, type DraftBook } from './session-context.js';

interface AppProps {
  /** The session reached its end (closing answered, or stopped from a pause). */
  onDone: (state: SessionState) => void;
}

/** The session on screen: one screen per step, a pause over any of them. */
export function App({ onDone }: AppProps) {
  const { store, drafts } = useSessionUi();
  const state = useSessionState(store);
  useClockMark(store.clock, drafts);

  const done = state.step.kind === 'done';
  useEffect(() => {
    if (done) onDone(state);
  }, [done, state, onDone]);

  return (
    <SessionKeys state={state} store={store}>
      <Box flexDirection="column">
        <AutosaveProblem>
          {screenFor(state, () => {
            // Stopped early: what is still being typed goes into the notes, marked as not sent.
            const now = store.getState();
            store.dispatch({
              type: 'finish',
              unsent: unsentDrafts(now, (k) => drafts.get(k)?.text),
            });
          })}
        </AutosaveProblem>
      </Box>
    </SessionKeys>
  );
}

/** The draft key of the clock's mark: no screen reads it. */
export const CLOCK_MARK = 'clock';

/**
 * Keeps the clock's time in the autosave every second while the session is on screen, so a
 * session rebuilt after a crash, a closed terminal or Ctrl+C continues its timers from the
 * second it stopped, not from the last key pressed (a speaker talking for a minute presses
 * none). The journal keeps only its latest value.
 */
function useClockMark(clock: Clock, drafts: DraftBook): void {
  useEffect(() => {
    const mark = () => drafts.set(CLOCK_MARK, { text: '', cursor: Math.floor(clock.now()) });
    const ticker = setInterval(mark, 1000);
    ticker.unref?.();
    return () => clearInterval(ticker);
  }, [clock, drafts]);
}

function screenFor(state: SessionState, finish: () => void) {
  if (state.pause) return <Paused state={state} onEnd={finish} />;
  switch (state.step.kind) {
    case 'ground-rules':
      return <GroundRules state={state} />;
    case 'review':
      return <ReviewAgreement state={state} />;
    case 'speak':
      return <Speak state={state} />;
    case 'reflect':
    case 'validate':
    case 'empathize':
      return <ListenerStep state={state} />;
    case 'check':
      return <Check state={state} />;
    case 'write':
      return <Write state={state} />;
    case 'mark':
      return <MarkQuestion state={state} />;
    case 'closing':
      return <Closing state={state} />;
    case 'done':
      return null;
    default:
      // A new step fails to compile here until it has a screen.
      return assertNever(state.step);
  }
}
