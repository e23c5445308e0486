import type { SessionConfig, SessionState, SessionStore } from '../session/index.js';
import type { DraftBook } from './session-context.js';

/** What keeps a running session safe: its store, its drafts, and its notes when it ends. */
export interface SessionKeeper {
  store: SessionStore;
  drafts: DraftBook;
  quiet: boolean;
  /** Writes the session's notes and returns where; the autosave is let go only after. */
  save(state: SessionState, folder?: string): Promise<string>;
  /** Pushes everything typed to disk and lets go of the session, for Ctrl+C and signals. */
  close(): void;
}

export type OpenSession = (config: SessionConfig) => SessionKeeper;
