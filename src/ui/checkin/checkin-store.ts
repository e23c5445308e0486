// Holds the flow's state outside React, so a closed terminal or a crash can still read what was
// typed and save it before the process ends.
import { reduceCheckin, type CheckinEvent, type CheckinFlowState } from './checkin-flow.js';

export interface CheckinStore {
  getState(): CheckinFlowState;
  dispatch(event: CheckinEvent): void;
  subscribe(listener: () => void): () => void;
}

export function createCheckinStore(initial: CheckinFlowState): CheckinStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(event) {
      const next = reduceCheckin(state, event);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
