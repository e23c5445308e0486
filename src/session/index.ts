export * from './types.js';
export * from './reducer.js';
export * from './selectors.js';
export * from './store.js';
export * from './protocol.js';
export * from './duration.js';
export { continuingClock, manualClock } from './clock.js';
export { isoWithOffset } from './wall-time.js';
