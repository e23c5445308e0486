// When to sync the journal to the disk: at most `maxWaitMs` after any change, however steady
// the typing. A trailing debounce would never fire while someone types without stopping, so
// this is a leading edge (the first change after a quiet spell is synced at once, off the
// keystroke's call stack) plus a fixed deadline that later changes never push back.

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The global timers, looked up at each call (so test fake timers apply), unref'd. */
export const globalTimers: Timers = {
  now: () => globalThis.performance.now(),
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    // A pending sync must not keep a finished program alive; callers flush before exiting.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SyncScheduler {
  /** Something was written: it will be synced within `maxWaitMs`. */
  changed(): void;
  /** Syncs now if anything is waiting (a step, a signal, closing). */
  flush(): void;
  /** Drops the pending timer without syncing. */
  cancel(): void;
  readonly pending: boolean;
}

export function createSyncScheduler(
  sync: () => void,
  options: { maxWaitMs?: number; timers?: Timers } = {},
): SyncScheduler {
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const timers = options.timers ?? globalTimers;
  let handle: unknown = null;
  let dirty = false;
  let lastSyncAt = -Infinity;

  function run(): void {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
    if (!dirty) return;
    dirty = false;
    lastSyncAt = timers.now();
    sync();
  }

  return {
    changed() {
      dirty = true;
      if (handle !== null) return;
      const sinceSync = timers.now() - lastSyncAt;
      // Clamped, so a clock that jumps can neither postpone a sync nor make it overdue forever.
      const delay = Math.min(maxWaitMs, Math.max(0, maxWaitMs - sinceSync));
      handle = timers.setTimeout(run, delay);
    },
    flush: run,
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      dirty = false;
    },
    get pending() {
      return dirty;
    },
  };
}
