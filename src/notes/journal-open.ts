// Opening a journal: a new session's (`createJournal`), or an interrupted one's to continue it,
// plain (`resumeJournal`) or sealed with a passphrase (`resumeEncryptedJournal`). Both resumes
// end in one place, `reopen`: keep a damaged journal's copy beside it, sweep temp files, and
// rewrite the journal clean (in the current version) before anything more is appended.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { SessionConfig } from '../session/types.js';
import { toNotesError } from './errors.js';
import { encryptedSessionStem, sessionFileStem } from './filename.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { EncryptedCodec, openEncryptedJournal } from './encrypted-journal.js';
import type { JournalCodec } from './journal-codec.js';
import {
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
  parseEncryptedHeader,
  readJournal,
  type JournalContents,
  type JournalHeader,
} from './journal-format.js';
import {
  damagedPathOf,
  exists,
  JOURNAL_NAME,
  journalDir,
  journalPathIn,
  lockPathOf,
} from './journal-paths.js';
import type { Journal, JournalOptions } from './journal-types.js';
import { FileJournal } from './journal-writer.js';
import { acquireLock, type Lock } from './lock.js';
import { passphraseKeys, type EncryptionOption, type PassphraseKeys } from './passphrase-keys.js';
import { sweepTempFiles } from './safe-write.js';

/** A new journal id: the note's stem and a random tail, e.g. `2026-11-24-1800-basics-3f9a1c`. */
export function newJournalId(config: SessionConfig, encrypted = false): string {
  const stem = encrypted ? encryptedSessionStem(config) : sessionFileStem(config);
  return `${stem}-${randomBytes(3).toString('hex')}`;
}

/**
 * Starts the journal of a new session. Never throws for a disk problem: the journal then
 * reports it through `onError` (called before this returns) and keeps trying at each change.
 */
export function createJournal(
  args: {
    notesDir: string;
    config: SessionConfig;
    startedAt: number;
    id?: string;
    /**
     * Encrypt the journal with this passphrase. Records are kept in memory until the key is
     * wrapped (`ready`, seconds, in the background); nothing is ever written in plaintext.
     */
    encryption?: EncryptionOption;
  } & JournalOptions,
): Journal {
  const { notesDir, config, startedAt, id, encryption, ...options } = args;
  const fsl = options.fs ?? nodeFs;
  const encrypted = encryption !== undefined;
  let journalId = id ?? newJournalId(config, encrypted);
  while (id === undefined && exists(fsl, journalPathIn(notesDir, journalId))) {
    journalId = newJournalId(config, encrypted);
  }
  if (!JOURNAL_NAME.test(`${journalId}.jsonl`)) {
    throw new Error(`Not a journal id: ${journalId}`);
  }
  const header: JournalHeader = {
    t: 'header',
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    id: journalId,
    startedAt,
    config,
  };
  sweepTempFiles(journalDir(notesDir), fsl);
  // A bare passphrase: derive just the journal's key (the caller's PassphraseKeys, when given,
  // also prepares one for the notes).
  const codec = encryption
    ? EncryptedCodec.fresh(journalId, passphraseKeys(encryption, { ahead: 1 }))
    : null;
  const journal = new FileJournal({
    fs: fsl,
    path: journalPathIn(notesDir, journalId),
    header,
    events: [],
    drafts: new Map(),
    lock: null,
    options,
    ...(codec ? { codec } : {}),
  });
  journal.recover();
  if (codec) journal.ready = journal.whenKeyed(codec.start());
  return journal;
}

type ResumeOptions = JournalOptions & { takeOver?: boolean };

/** The lock of a journal to resume: another live terminal holding it is a `locked` NotesError. */
function lockToResume(journalPath: string, fsl: FsLayer, takeOver: boolean | undefined): Lock {
  return acquireLock(lockPathOf(journalPath), { fs: fsl, ...(takeOver ? { takeOver: true } : {}) });
}

/** The one ending of every resume: the journal that goes on from `contents`. */
function reopen(
  journalPath: string,
  contents: JournalContents,
  lock: Lock,
  options: JournalOptions,
  codec?: JournalCodec,
): Journal {
  const fsl = options.fs ?? nodeFs;
  if (contents.dropped > 0) {
    try {
      fsl.link(journalPath, damagedPathOf(journalPath));
    } catch {
      // An older copy is already there, or links are not supported: the rewrite goes on.
    }
  }
  sweepTempFiles(path.dirname(journalPath), fsl);
  const journal = new FileJournal({
    fs: fsl,
    path: journalPath,
    // Rewritten in this version's records, whichever version it was read in.
    header: { ...contents.header, version: JOURNAL_VERSION },
    events: [...contents.events],
    drafts: contents.drafts,
    lock,
    options,
    savedPath: contents.savedPath,
    ...(codec ? { codec } : {}),
  });
  journal.recover();
  return journal;
}

/**
 * Opens an interrupted session's journal to continue it: returns what it holds (replay
 * `contents.events` from `contents.startedAt`, continue the clock from `contents.lastAt`, put
 * `contents.drafts` back in their fields) and the journal to keep writing. Throws a NotesError
 * when another live terminal holds it (`locked`; `takeOver` when the person says it is gone)
 * or when it cannot be read at all (`passphrase-needed` when it is encrypted: use
 * `resumeEncryptedJournal`). A journal with unreadable lines is kept beside it as
 * `<id>.jsonl.damaged` and rewritten clean.
 */
export function resumeJournal(
  journalPath: string,
  options: ResumeOptions = {},
): { journal: Journal; contents: JournalContents } {
  const { takeOver, ...journalOptions } = options;
  const fsl = options.fs ?? nodeFs;
  const lock = lockToResume(journalPath, fsl, takeOver);
  const read = readJournal(journalPath, fsl);
  if (!read.ok) {
    lock.release();
    throw read.error;
  }
  const { ok: _ok, ...contents } = read;
  return { journal: reopen(journalPath, contents, lock, journalOptions), contents };
}

/**
 * Opens an encrypted interrupted session's journal with its passphrase (seconds: scrypt runs in
 * the background). Throws a NotesError: `wrong-passphrase` (nothing read, nothing changed: ask
 * again), `locked`, `damaged`… Returns, with the journal and its contents, the passphrase keys
 * to save the notes with (`saveSession({ encryption })`); they are being derived already.
 */
export async function resumeEncryptedJournal(
  journalPath: string,
  options: ResumeOptions & { encryption: EncryptionOption },
): Promise<{ journal: Journal; contents: JournalContents; encryption: PassphraseKeys }> {
  const { encryption, takeOver, ...journalOptions } = options;
  const fsl = options.fs ?? nodeFs;
  const keys = passphraseKeys(encryption, { ahead: 0 });
  const lock = lockToResume(journalPath, fsl, takeOver);
  let text: string;
  try {
    text = fsl.readFile(journalPath).toString('utf8');
  } catch (error) {
    lock.release();
    const read = readJournal(journalPath, fsl);
    throw read.ok ? toNotesError(error, 'resume', journalPath) : read.error;
  }
  if (parseEncryptedHeader(text.split('\n', 1)[0] ?? '') === null) {
    // Not encrypted after all: it opens as it is (`journal.encrypted` says so).
    lock.release();
    const resumed = resumeJournal(journalPath, {
      ...journalOptions,
      ...(takeOver ? { takeOver } : {}),
    });
    keys.prepare();
    return { ...resumed, encryption: keys };
  }
  const read = await openEncryptedJournal(text, keys, journalPath).catch((error: unknown) => ({
    ok: false as const,
    error: toNotesError(error, 'resume', journalPath),
  }));
  if (!read.ok) {
    lock.release();
    throw read.error;
  }
  const { contents, codec } = read;
  const journal = reopen(journalPath, contents, lock, journalOptions, codec);
  // The notes will need a key of their own: derive it while the session goes on.
  keys.prepare();
  return { journal, contents, encryption: keys };
}
