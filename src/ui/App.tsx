import { Box, useInput } from 'ink';
import { useEffect } from 'react';
import type { SessionState } from '../session/index.js';
import { AutosaveProblem } from './components/AutosaveProblem.js';
import { useSessionState } from './hooks/use-session-state.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { isPauseKey } from './keys.js';
import { Check } from './screens/Check.js';
import { Closing } from './screens/Closing.js';
import { GroundRules } from './screens/GroundRules.js';
import { Paused } from './screens/Paused.js';
import { ListenerStep } from './screens/Reflect.js';
import { Speak } from './screens/Speak.js';
import { Write } from './screens/Write.js';
import { useSessionUi } from './session-context.js';

const TYPING = new Set(['reflect', 'validate', 'empathize', 'write', 'closing']);

interface AppProps {
  /** The session reached its end (closing answered, or stopped from a pause). */
  onDone: (state: SessionState) => void;
}

/** The session on screen: one screen per step, a pause over any of them. */
export function App({ onDone }: AppProps) {
  const { store } = useSessionUi();
  const state = useSessionState(store);
  const { columns, rows: terminalRows } = useTerminalSize();
  // One row kept for the autosave line, one so the frame stays shorter than the terminal.
  const rows = terminalRows - 2;
  const width = Math.max(20, Math.min(columns - 1, 100));
  const typing = TYPING.has(state.step.kind);

  useInput((input, key) => {
    if (!state.pause && isPauseKey(input, key, typing)) store.dispatch({ type: 'pause' });
  });

  const done = state.step.kind === 'done';
  useEffect(() => {
    if (done) onDone(state);
  }, [done, state, onDone]);

  // Keep the live frame shorter than the terminal: a frame as tall as it flickers.
  const areaRows = Math.max(1, Math.min(10, rows - 12));
  return (
    <Box flexDirection="column">
      <AutosaveProblem />
      {screenFor(state, width, rows, areaRows, () => store.dispatch({ type: 'finish' }))}
    </Box>
  );
}

function screenFor(
  state: SessionState,
  width: number,
  rows: number,
  areaRows: number,
  finish: () => void,
) {
  if (state.pause) return <Paused state={state} width={width} onEnd={finish} />;
  switch (state.step.kind) {
    case 'ground-rules':
      return <GroundRules state={state} width={width} />;
    case 'speak':
      return <Speak state={state} width={width} rows={rows} />;
    case 'reflect':
    case 'validate':
    case 'empathize':
      return <ListenerStep state={state} width={width} areaRows={areaRows} />;
    case 'check':
      return <Check state={state} width={width} rows={rows} />;
    case 'write':
      return <Write state={state} width={width} areaRows={areaRows} />;
    case 'closing':
      return <Closing state={state} width={width} areaRows={areaRows} />;
    case 'done':
      return null;
  }
}
