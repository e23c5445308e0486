// Binds a session to its autosave journal: every event and every keystroke's text is kept, and
// the journal is let go only once the notes are safely on disk.
import type { NotesError } from '../notes/errors.js';
import type { JournalContents } from '../notes/journal-format.js';
import { createJournal, resumeJournal, type Journal } from '../notes/journal.js';
import { continuingClock, systemClock } from '../session/clock.js';
import { createSessionStore, type SessionConfig, type SessionStore } from '../session/index.js';
import { watched, type SessionKeeper } from './keeper.js';
import { memoryDrafts, type Draft } from './session-context.js';

interface KeeperOptions {
  notesDir: string;
  quiet: boolean;
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
  // The time the program was not running counts for nothing: the clock goes on from the last record.
  const clock = continuingClock(contents.lastAt);
  const store = createSessionStore(contents.config, clock, {
    startedAt: contents.startedAt,
    events: contents.events,
  });
  return { keeper: keeperFor(store, journal, contents.drafts, problem, options), contents };
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
      const { path } = saveSession({ state, notesDir: folder ?? options.notesDir });
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
