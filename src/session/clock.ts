import { performance } from 'node:perf_hooks';
import type { Clock } from './types.js';

/** The real monotonic clock: immune to the wall clock being changed. */
export const systemClock: Clock = { now: () => performance.now() };

/**
 * A clock that continues from `from`: used when a session is rebuilt from its journal, so the
 * time the program was not running counts for nothing and the timers read as they were.
 */
export function continuingClock(from: number, base: Clock = systemClock): Clock {
  const origin = base.now();
  return { now: () => from + (base.now() - origin) };
}

/** A clock moved by hand, for tests and benchmarks. */
export function manualClock(
  start = 0,
): Clock & { advance(ms: number): void; set(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
    set(ms) {
      time = ms;
    },
  };
}
