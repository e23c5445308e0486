// Binds a session to its autosave journal: every event and every keystroke's text is kept, and
// the journal is let go only once the notes are safely on disk.
import type { NotesError } from '../notes/errors.js';
import type { JournalContents } from '../notes/journal-format.js';
import {
  createJournal,
  resumeEncryptedJournal,
  resumeJournal,
  type Journal,
} from '../notes/journal.js';
import type { PassphraseKeys } from '../notes/passphrase-keys.js';
import { continuingClock, systemClock } from '../session/clock.js';
import { createSessionStore, type SessionConfig, type SessionStore } from '../session/index.js';
import { watched, type SessionKeeper } from './keeper.js';
import { memoryDrafts, type Draft } from './session-context.js';

interface KeeperOptions {
  notesDir: string;
  quiet: boolean;
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
    ...problemHandlers(problem),
  });
  return keeperFor(store, journal, new Map(), problem, options);
}

/** An interrupted session rebuilt from its journal: same step, same timers, same half-typed text. */
export function resumeSessionKeeper(
  journalPath: string,
  options: KeeperOptions & { takeOver?: boolean },
): { keeper: SessionKeeper; contents: JournalContents } {
  const problem = watched<string | null>(null);
  const { journal, contents } = resumeJournal(journalPath, {
    ...(options.takeOver ? { takeOver: true } : {}),
    ...problemHandlers(problem),
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
    ...problemHandlers(problem),
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
  return keeperFor(store, journal, contents.drafts, problem, options);
}

function problemHandlers(problem: { set(value: string | null): void }) {
  return {
    onError: (error: NotesError) => problem.set(error.message),
    onRecovered: () => problem.set(null),
  };
}

function keeperFor(
  store: SessionStore,
  journal: Journal,
  restored: Map<string, Draft>,
  problem: SessionKeeper['autosaveProblem'],
  options: KeeperOptions,
): SessionKeeper {
  journal.attach(store);
  const drafts = memoryDrafts(
    (key, draft) => journal.draft(key, draft, store.clock.now()),
    restored,
  );
  let closed = false;
  return {
    store,
    drafts,
    quiet: options.quiet,
    autosaveProblem: problem,
    async save(state, folder) {
      journal.flush();
      // Writing the notes (and YAML) loads only when a session ends.
      const { saveSession } = await import('../notes/save-session.js');
      const { path } = saveSession({
        ...(options.encryption ? { encryption: options.encryption } : {}),
        state,
        notesDir: folder ?? options.notesDir,
      });
      // Only now, with the notes safely on disk, may the journal go.
      journal.remove(path);
      closed = true;
      return path;
    },
    close() {
      if (closed) return;
      closed = true;
      journal.close();
    },
  };
}
