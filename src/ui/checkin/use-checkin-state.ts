import { useSyncExternalStore } from 'react';
import type { CheckinFlowState } from './checkin-flow.js';
import type { CheckinStore } from './checkin-store.js';

/** The flow's state, redrawn on every change. */
export function useCheckinState(store: CheckinStore): CheckinFlowState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
