import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler, type Timers } from '../../src/notes/index.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createSyncScheduler', () => {
  it('never lets a change wait more than maxWait, however steady the changes', () => {
    vi.useFakeTimers();
    const syncs: number[] = [];
    const scheduler = createSyncScheduler(() => syncs.push(Date.now()), { maxWaitMs: 1_000 });
    const start = Date.now();
    for (let t = 0; t < 5_000; t += 100) {
      scheduler.changed();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1_000);
    const times = syncs.map((s) => s - start);
    expect(times[0]).toBe(0);
    for (let i = 1; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeLessThanOrEqual(1_000);
    }
    expect(times.at(-1)).toBeGreaterThanOrEqual(4_900);
    expect(syncs.length).toBeLessThanOrEqual(6);
  });

  it('does nothing when nothing changed, and flush syncs at once', () => {
    vi.useFakeTimers();
    let syncs = 0;
    const scheduler = createSyncScheduler(() => syncs++);
    scheduler.flush();
    vi.advanceTimersByTime(5_000);
    expect(syncs).toBe(0);
    scheduler.changed();
    scheduler.flush();
    expect(syncs).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(syncs).toBe(1);
  });

  it('a clock that jumps backwards cannot postpone a sync past maxWait', () => {
    let now = 1_000_000;
    const pending: Array<{ fn: () => void; at: number }> = [];
    const timers: Timers = {
      now: () => now,
      setTimeout: (fn, ms) => pending.push({ fn, at: ms }),
      clearTimeout: () => {},
    };
    const scheduler = createSyncScheduler(() => {}, { maxWaitMs: 1_000, timers });
    scheduler.changed();
    pending.shift()?.fn();
    now -= 3_600_000;
    scheduler.changed();
    expect(pending[0]?.at).toBeLessThanOrEqual(1_000);
  });
});
