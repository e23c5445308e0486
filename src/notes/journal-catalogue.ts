// The catalogue of unfinished sessions: the journals left in a notes folder, what each says
// about its session (nothing but its file for an encrypted one, until the passphrase), and
// whether another terminal holds it.
import path from 'node:path';
import type { SessionConfig } from '../session/types.js';
import { isLanguage, type Language } from '../words/language.js';
import type { NotesError } from './errors.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { readJournal } from './journal-format.js';
import { JOURNAL_NAME, journalDir, lockPathOf, unlinkIfThere } from './journal-paths.js';
import { livePidHolding, readLock } from './lock.js';

export interface InterruptedSession {
  id: string;
  path: string;
  /** Readable: the session can be resumed (else see `problem`). */
  ok: boolean;
  problem: NotesError | null;
  partners: string[];
  deck: { id: string; title: string } | null;
  startedAtIso: string | null;
  /** The language the session was held in, when its journal says (none before it did). */
  language?: Language;
  /** Last change to the journal, wall clock (ms since the epoch). */
  modifiedMs: number;
  /** A live process holding the session (another terminal), if any. */
  lockedBy: number | null;
  /** Lines of the journal that could not be read. */
  dropped: number;
  /**
   * Encrypted: resumable with its passphrase (`resumeEncryptedJournal`). Until then nothing is
   * known of it but its file: no partners, no deck, no start.
   */
  encrypted?: boolean;
}

/** Journals left behind in a notes folder, newest first. Never throws. */
export function findInterruptedSessions(
  notesDir: string,
  options: { fs?: FsLayer } = {},
): InterruptedSession[] {
  const fsl = options.fs ?? nodeFs;
  const dir = journalDir(notesDir);
  let names: string[];
  try {
    names = fsl.readdir(dir);
  } catch {
    return [];
  }
  const found: InterruptedSession[] = [];
  sweepOrphanLocks(dir, names, fsl);
  for (const name of names) {
    const match = JOURNAL_NAME.exec(name);
    if (!match) continue;
    const file = path.join(dir, name);
    let modifiedMs = 0;
    try {
      modifiedMs = fsl.stat(file).mtimeMs;
    } catch {
      continue;
    }
    const read = readJournal(file, fsl);
    if (!read.ok && read.reason === 'encrypted') {
      found.push({
        id: match[1] ?? name,
        path: file,
        ok: true,
        problem: null,
        partners: [],
        deck: null,
        startedAtIso: null,
        modifiedMs,
        lockedBy: livePidHolding(lockPathOf(file), fsl),
        dropped: 0,
        encrypted: true,
      });
      continue;
    }
    found.push({
      id: match[1] ?? name,
      path: file,
      ok: read.ok,
      problem: read.ok ? null : read.error,
      partners: read.ok ? [...read.config.partners] : [],
      deck: read.ok ? { id: read.config.deck.id, title: read.config.deck.title } : null,
      startedAtIso: read.ok ? read.config.startedAtIso : null,
      ...(read.ok ? languageOf(read.config) : {}),
      modifiedMs,
      lockedBy: livePidHolding(lockPathOf(file), fsl),
      dropped: read.dropped,
    });
  }
  return found.sort((a, b) => b.modifiedMs - a.modifiedMs);
}

/** The session's language, when its config names one talkturn speaks. */
export function languageOf(config: SessionConfig): { language?: Language } {
  const { language } = config;
  return language !== undefined && isLanguage(language) ? { language } : {};
}

/**
 * Removes the locks of dead processes whose journal is gone (a kill just after the journal was
 * removed, before its lock). A live process's lock is left: it may be creating its journal.
 */
function sweepOrphanLocks(dir: string, names: readonly string[], fsl: FsLayer): void {
  const journals = new Set(names.filter((name) => JOURNAL_NAME.test(name)));
  for (const name of names) {
    if (!name.endsWith('.lock') || journals.has(name.replace(/\.lock$/, '.jsonl'))) continue;
    const file = path.join(dir, name);
    // No pid yet may be a lock being written this instant: left alone (it blocks nobody).
    if (readLock(file, fsl) === null || livePidHolding(file, fsl) !== null) continue;
    unlinkIfThere(fsl, file);
  }
}
