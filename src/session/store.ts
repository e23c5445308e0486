// Binds the pure reducer to a clock: stamps each command with the time and tells listeners.
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
  let state = history
    ? replay(config, history.startedAt, history.events)
    : initialState(config, clock.now());
  const listeners = new Set<SessionListener>();
  return {
    clock,
    getState: () => state,
    dispatch(command) {
      const event = { ...command, at: clock.now() } as SessionEvent;
      const next = reduce(state, event);
      if (next === state) return state;
      state = next;
      for (const listener of listeners) listener(event, state);
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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
