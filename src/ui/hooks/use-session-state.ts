import { useSyncExternalStore } from 'react';
import type { SessionState, SessionStore } from '../../session/index.js';

/** The engine's state, re-rendering when an event changes it. */
export function useSessionState(store: SessionStore): SessionState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
