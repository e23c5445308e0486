// Binds a session to its autosave journal: every event and every keystroke's text is kept, and
// the journal is let go only once the notes are safely on disk. The journal is where the text
// being typed is kept (the draft book reads from it), so it is held once, not once per layer.
import { rescuedMessage, type NotesError } from '../notes/errors.js';
import type { JournalContents } from '../notes/journal-format.js';
import path from 'node:path';
import {
  createJournal,
  journalDir,
  notesWritten,
  resumeEncryptedJournal,
  resumeJournal,
  type Journal,
} from '../notes/journal.js';
import type { PassphraseKeys } from '../notes/passphrase-keys.js';
import { continuingClock, systemClock } from '../session/clock.js';
import {
  createSessionStore,
  type SessionConfig,
  type SessionState,
  type SessionStore,
} from '../session/index.js';
import { watched, type Kept, type SessionKeeper } from './keeper.js';
import type { DraftBook } from './session-context.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';

interface KeeperOptions {
  notesDir: string;
  quiet: boolean;
  /** Private folders the autosave moves to when the notes folder cannot be written. */
  rescueDirs?: readonly string[];
  /** Locks the autosave and the notes with a passphrase (its keys derive in the background). */
  encryption?: PassphraseKeys;
}

/** A new session, journaled from its first moment. */
export function openSessionKeeper(config: SessionConfig, options: KeeperOptions): SessionKeeper {
  const store = createSessionStore(config, systemClock);
  const problem = watched<string | null>(null);
  const journal = createJournal({
    notesDir: options.notesDir,
    config,
    startedAt: store.getState().startedAt,
    clock: systemClock,
    ...(options.encryption ? { encryption: options.encryption } : {}),
    ...problemHandlers(problem, options),
  });
  return keeperFor(store, journal, problem, options);
}

/** An interrupted session rebuilt from its journal: same step, same timers, same half-typed text. */
export function resumeSessionKeeper(
  journalPath: string,
  options: KeeperOptions & { takeOver?: boolean },
): { keeper: SessionKeeper; contents: JournalContents } {
  const problem = watched<string | null>(null);
  const { journal, contents } = resumeJournal(journalPath, {
    ...(options.takeOver ? { takeOver: true } : {}),
    ...problemHandlers(problem, options),
  });
  return { keeper: rebuilt(journal, contents, problem, options), contents };
}

/** The same, for a session locked with a passphrase (opening it takes a second or so). */
export async function resumeEncryptedSessionKeeper(
  journalPath: string,
  passphrase: string,
  options: KeeperOptions,
): Promise<{ keeper: SessionKeeper; contents: JournalContents }> {
  const problem = watched<string | null>(null);
  const { journal, contents, encryption } = await resumeEncryptedJournal(journalPath, {
    encryption: { passphrase },
    ...problemHandlers(problem, options),
  });
  return { keeper: rebuilt(journal, contents, problem, { ...options, encryption }), contents };
}

function rebuilt(
  journal: Journal,
  contents: JournalContents,
  problem: SessionKeeper['autosaveProblem'],
  options: KeeperOptions,
): SessionKeeper {
  // The time the program was not running counts for nothing: the clock goes on from the last record.
  const clock = continuingClock(contents.lastAt);
  const store = createSessionStore(contents.config, clock, {
    startedAt: contents.startedAt,
    events: contents.events,
  });
  // The drafts it held are the journal's already: it opened with them.
  return keeperFor(store, journal, problem, options, contents.savedPath);
}

function problemHandlers(problem: { set(value: string | null): void }, options: KeeperOptions) {
  return {
    onError: (error: NotesError) =>
      // The cause first, whole (a narrow screen must not cut it off), then that the talk goes on.
      problem.set(words().farewell.goOn(error.message)),
    onRecovered: () => problem.set(null),
    ...(options.rescueDirs ? { rescueDirs: options.rescueDirs } : {}),
    onRescued: (dir: string, error: NotesError) => problem.set(rescuedMessage(error, dir)),
  };
}

const savedForResume = () => words().farewell.toResume(talkturnCommand('resume'));

/** What to say about the autosave once it is let go of: only what is true. */
function keptWords(journal: Journal, notesDir: string): Kept {
  const status = journal.status();
  if (!status.ok) {
    return {
      safe: false,
      words: words().farewell.notSaved(status.error?.message ?? words().farewell.cannotWrite),
    };
  }
  const folder = path.dirname(status.path);
  if (path.resolve(folder) === path.resolve(journalDir(notesDir))) {
    return { safe: true, words: `${words().farewell.allSaved}\n${savedForResume()}` };
  }
  return {
    safe: true,
    words: `${words().farewell.savedElsewhere(folder)}\n${savedForResume()}`,
  };
}

async function saveNotes(
  state: SessionState,
  notesDir: string,
  encryption: PassphraseKeys | undefined,
): Promise<string> {
  // Writing the notes (and YAML) loads only when a session ends.
  const { saveSession } = await import('../notes/save-session.js');
  return saveSession({ ...(encryption ? { encryption } : {}), state, notesDir }).path;
}

/** The text being typed, kept by the journal: each change is journaled as it is set. */
function journalDrafts(journal: Journal, store: SessionStore): DraftBook {
  return {
    get: (key) => journal.draftOf(key),
    set: (key, draft) => journal.draft(key, draft, store.clock.now()),
  };
}

function keeperFor(
  store: SessionStore,
  journal: Journal,
  problem: SessionKeeper['autosaveProblem'],
  options: KeeperOptions,
  saved: string | null = null,
): SessionKeeper {
  journal.attach(store);
  const drafts = journalDrafts(journal, store);
  let closed: Kept | null = null;
  return {
    store,
    drafts,
    quiet: options.quiet,
    autosaveProblem: problem,
    async save(state, folder) {
      journal.flush();
      // Killed last time between writing the notes and removing the journal: finish that.
      const path =
        saved !== null && notesWritten(saved)
          ? saved
          : await saveNotes(state, folder ?? options.notesDir, options.encryption);
      // Only now, with the notes safely on disk (and that recorded), may the journal go.
      journal.markSaved(path);
      journal.remove(path);
      closed = { safe: true, words: words().farewell.notesIn(path) };
      return path;
    },
    close({ force = false } = {}) {
      if (closed) return closed;
      // Once more now; a journal that cannot write here moves itself to a rescue folder.
      journal.flush();
      const kept = keptWords(journal, options.notesDir);
      // Nothing could be written: the session stays open, the words on screen.
      if (!kept.safe && !force) return kept;
      journal.close();
      closed = kept;
      return kept;
    },
  };
}
