import { createContext, useContext } from 'react';
import type { SessionStore } from '../session/index.js';

export interface Draft {
  text: string;
  cursor: number;
}

/** The text being typed, by draft key: kept in memory and handed to the autosave journal. */
export interface DraftBook {
  get(key: string): Draft | undefined;
  set(key: string, draft: Draft): void;
}

export interface SessionUi {
  store: SessionStore;
  quiet: boolean;
  drafts: DraftBook;
  /** A problem keeping the autosave, in plain words, when there is one. */
  autosaveProblem?: { get(): string | null; subscribe(listener: () => void): () => void };
}

export const SessionUiContext = createContext<SessionUi | null>(null);

export function useSessionUi(): SessionUi {
  const ui = useContext(SessionUiContext);
  if (!ui) throw new Error('useSessionUi must be used inside a session.');
  return ui;
}

/** A draft book that only remembers, for tests and sessions without a journal. */
export function memoryDrafts(
  onChange?: (key: string, draft: Draft) => void,
  restored: ReadonlyMap<string, Draft> = new Map(),
): DraftBook {
  const drafts = new Map<string, Draft>(restored);
  return {
    get: (key) => drafts.get(key),
    set(key, draft) {
      drafts.set(key, draft);
      onChange?.(key, draft);
    },
  };
}
