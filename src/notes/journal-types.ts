// What a journal offers the session that writes it: the `Journal` the openers return, its
// options and its status. The writer (journal-writer.ts) is the one implementation.
import type { Clock, SessionEvent, Step } from '../session/types.js';
import type { NotesError } from './errors.js';
import type { FsLayer } from './fs-layer.js';
import type { Draft } from './journal-format.js';
import type { Timers } from './sync-scheduler.js';

export interface JournalOptions {
  fs?: FsLayer;
  timers?: Timers;
  /** Longest time between a change and its sync to the disk. */
  maxWaitMs?: number;
  /** Stamps drafts given without a time; defaults to the latest time seen. */
  clock?: Clock;
  /** A write failed: the text is kept in memory; say so, offer another folder, go on. */
  onError?: (error: NotesError) => void;
  /** Writing works again after a failure: the journal on disk is complete once more. */
  onRecovered?: () => void;
  /** Rewrite the journal compactly once it is larger than this (and 4x its compact size). */
  compactAfterBytes?: number;
  /**
   * Private folders to move the journal to when its own cannot be written even once more
   * (a full disk, a folder turned read-only), tried in order: the words typed after the fault
   * reach a disk too, and `talkturn resume` looks there.
   */
  rescueDirs?: readonly string[];
  /** The journal was moved to `dir` (a rescue folder) after `error`; it is complete there. */
  onRescued?: (dir: string, error: NotesError) => void;
}

export interface JournalStatus {
  /** False while writes fail; everything is still kept in memory. */
  ok: boolean;
  error: NotesError | null;
  path: string;
  /** Size of the file as written so far. */
  bytes: number;
}

export interface Journal {
  readonly id: string;
  readonly path: string;
  /** An engine event (a step): appended and synced at once. */
  event(event: SessionEvent): void;
  /**
   * The text being typed in a field: what changed is appended now, synced within a second. The
   * journal keeps this string as the field's text (no copy): read it back with `draftOf`.
   */
  draft(key: string, draft: { text: string; cursor: number }, at?: number): void;
  /** The latest text of a field, while it is being typed (not once it is submitted). */
  draftOf(key: string): Draft | undefined;
  /** Syncs everything now (a step, a signal, before quitting). Never throws. */
  flush(): void;
  /**
   * Binds the journal to a session store: every event it applies is journaled, and the draft of
   * a field it hands in (a reflection submitted) is let go.
   */
  attach(store: SessionSource): () => void;
  /** Flushes, closes and lets go of the lock; the journal stays for `talkturn resume`. */
  close(): void;
  /**
   * Deletes the journal, once the final notes are on disk at `savedNotesPath` (checked: it must
   * exist and not be empty). Returns false if the file could not be removed.
   */
  remove(savedNotesPath: string): boolean;
  /**
   * Records, synced, that the notes are written at `savedNotesPath`: the step before `remove`,
   * so a kill between the two leaves a journal that resume only has to remove.
   */
  markSaved(savedNotesPath: string): void;
  /** Moves the journal to another notes folder (after a failure here). Throws a NotesError. */
  relocate(notesDir: string): void;
  status(): JournalStatus;
  /**
   * Settles once the journal can write (at once for a plain journal; for an encrypted one once
   * the data key is wrapped under the passphrase, seconds later). Never rejects.
   */
  readonly ready: Promise<void>;
  /** The journal is encrypted. */
  readonly encrypted: boolean;
}

/** What `attach` needs of a session store. */
export interface SessionSource {
  getState(): { step: Step };
  subscribe(listener: (event: SessionEvent, state: { step: Step }) => void): () => void;
}
