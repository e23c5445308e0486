// The one small store: a value that changes, and the listeners told when it does. The session's
// store, the check-in's and the values screens watch (an autosave problem) are each one of these.
// Pure: no clock, no React (screens read it through useSyncExternalStore).

export interface Observable<T, N = void> {
  getState(): T;
  /** `listener` hears each change: what caused it (`note`, such as an event) and the new value. */
  subscribe(listener: (note: N, value: T) => void): () => void;
}

export interface Writable<T, N = void> extends Observable<T, N> {
  /** Takes `next` and tells every listener; the same value again is no change. */
  setState(next: T, note: N): boolean;
}

export function observable<T, N = void>(initial: T): Writable<T, N> {
  let value = initial;
  const listeners = new Set<(note: N, value: T) => void>();
  return {
    getState: () => value,
    setState(next, note) {
      if (Object.is(next, value)) return false;
      value = next;
      for (const listener of listeners) listener(note, value);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
