// Holds the flow's state outside React, so a closed terminal or a crash can still read what was
// typed and save it before the process ends.
import { observable } from '../../session/observable.js';
import { reduceCheckin, type CheckinEvent, type CheckinFlowState } from './checkin-flow.js';

export interface CheckinStore {
  getState(): CheckinFlowState;
  dispatch(event: CheckinEvent): void;
  subscribe(listener: () => void): () => void;
}

export function createCheckinStore(initial: CheckinFlowState): CheckinStore {
  const state = observable<CheckinFlowState>(initial);
  return {
    getState: state.getState,
    dispatch(event) {
      state.setState(reduceCheckin(state.getState(), event));
    },
    subscribe: state.subscribe,
  };
}
