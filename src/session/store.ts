// Binds the pure reducer to a clock: stamps each command with the time and tells listeners.
import { observable } from './observable.js';
import { initialState, reduce } from './reducer.js';
import type { Clock, SessionCommand, SessionConfig, SessionEvent, SessionState } from './types.js';

export type SessionListener = (event: SessionEvent, state: SessionState) => void;

export interface SessionStore {
  getState(): SessionState;
  dispatch(command: SessionCommand): SessionState;
  subscribe(listener: SessionListener): () => void;
  readonly clock: Clock;
}

export function createSessionStore(
  config: SessionConfig,
  clock: Clock,
  history?: { startedAt: number; events: readonly SessionEvent[] },
): SessionStore {
  const state = observable<SessionState, SessionEvent>(
    history ? replay(config, history.startedAt, history.events) : initialState(config, clock.now()),
  );
  return {
    clock,
    getState: state.getState,
    dispatch(command) {
      const event = { ...command, at: clock.now() } as SessionEvent;
      state.setState(reduce(state.getState(), event), event);
      return state.getState();
    },
    subscribe: state.subscribe,
  };
}

/** Rebuilds a session from its events, as a journal holds them. */
export function replay(
  config: SessionConfig,
  startedAt: number,
  events: readonly SessionEvent[],
): SessionState {
  return events.reduce(reduce, initialState(config, startedAt));
}
