import type { SessionConfig, SessionState, SessionStore } from '../session/index.js';
import { observable } from '../session/observable.js';
import type { DraftBook } from './session-context.js';

/** A value that screens can watch, e.g. a problem with the autosave. */
export interface Watched<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

export function watched<T>(initial: T): Watched<T> & { set(value: T): void } {
  const value = observable<T>(initial);
  return {
    get: value.getState,
    set: (next) => void value.setState(next),
    subscribe: value.subscribe,
  };
}

/** What keeps a running session safe: its store, its drafts, and its notes when it ends. */
export interface SessionKeeper {
  store: SessionStore;
  drafts: DraftBook;
  quiet: boolean;
  /** A problem keeping the autosave, in plain words; null while everything reaches the disk. */
  autosaveProblem: Watched<string | null>;
  /** Writes the session's notes and returns where; the autosave is let go only after. */
  save(state: SessionState, folder?: string): Promise<string>;
  /**
   * Pushes everything typed to disk (once more, then to a rescue folder if its own cannot be
   * written) and lets go of the session, for Ctrl+C and signals. Says truthfully where the
   * words are. When nothing could be written the session stays open (`safe: false`), unless
   * `force` (the program is being stopped and cannot stay).
   */
  close(options?: { force?: boolean }): Kept;
}

/** Where the words are once a session is let go of, in the words to say. */
export interface Kept {
  /** The words are on a disk (the notes folder's autosave, or a rescue folder). */
  safe: boolean;
  words: string;
}

export type OpenSession = (config: SessionConfig) => SessionKeeper;
