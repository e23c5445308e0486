// The autosave journal of a session in progress: `<notesDir>/.journal/<id>.jsonl` (0600, in a
// 0700 hidden folder that note apps such as Obsidian do not index), with `<id>.lock` beside it.
//
// Each change is appended with a synchronous write as it happens (so it reaches the operating
// system at once: kill -9 loses only keys still in flight), and synced to the disk (fdatasync)
// at most a second later, and at once for every engine event. The journal also keeps the
// session's records in memory, so a failed write loses nothing: it is reported through
// `onError`, the session goes on, and the next change (or `flush`) rewrites the whole journal
// atomically from memory once the disk allows. The same atomic rewrite compacts the file when
// drafts have made it large (each draft record holds the whole text of its field).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Clock, SessionConfig, SessionEvent } from '../session/types.js';
import { sysCodeOf, toNotesError, type NotesError } from './errors.js';
import { encryptedSessionStem, sessionFileStem } from './filename.js';
import { nodeFs, O, type FsLayer } from './fs-layer.js';
import { EncryptedCodec, openEncryptedJournal } from './encrypted-journal.js';
import { plainCodec, type JournalCodec } from './journal-codec.js';
import {
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
  parseEncryptedHeader,
  readJournal,
  type Draft,
  type DraftRecord,
  type EventRecord,
  type JournalContents,
  type JournalHeader,
  type SavedRecord,
} from './journal-format.js';
import { passphraseKeys, type EncryptionOption, type PassphraseKeys } from './passphrase-keys.js';
import { acquireLock, livePidHolding, readLock, type Lock } from './lock.js';
import {
  ensurePrivateDir,
  sweepTempFiles,
  syncDir,
  writeAll,
  writeFileAtomic,
} from './safe-write.js';
import { createSyncScheduler, type SyncScheduler, type Timers } from './sync-scheduler.js';

export const JOURNAL_DIR = '.journal';
const JOURNAL_NAME = /^([a-z0-9][a-z0-9.-]*)\.jsonl$/;

export function journalDir(notesDir: string): string {
  return path.join(notesDir, JOURNAL_DIR);
}

const lockPathOf = (journalPath: string) => journalPath.replace(/\.jsonl$/, '.lock');
const damagedPathOf = (journalPath: string) => `${journalPath}.damaged`;

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
  /** The text being typed in a field: appended now, synced within a second. */
  draft(key: string, draft: { text: string; cursor: number }, at?: number): void;
  /** Syncs everything now (a step, a signal, before quitting). Never throws. */
  flush(): void;
  /** Binds the journal to a session store: every event it applies is journaled. */
  attach(store: { subscribe(listener: (event: SessionEvent) => void): () => void }): () => void;
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

interface JournalInit {
  fs: FsLayer;
  path: string;
  header: JournalHeader;
  events: SessionEvent[];
  drafts: Map<string, Draft>;
  lock: Lock | null;
  options: JournalOptions;
  codec?: JournalCodec;
  savedPath?: string | null;
}

const DEFAULT_COMPACT_BYTES = 1 << 20;

class FileJournal implements Journal {
  readonly id: string;
  path: string;
  private readonly fs: FsLayer;
  private readonly header: JournalHeader;
  private readonly events: SessionEvent[];
  private readonly drafts: Map<string, Draft>;
  private readonly options: JournalOptions;
  private readonly scheduler: SyncScheduler;
  private lock: Lock | null;
  private fd: number | null = null;
  private bytes = 0;
  private compactBytes = 0;
  private failure: NotesError | null = null;
  private closed = false;
  private lastAt: number;
  /** Where the notes were written, once they are (see `markSaved`). */
  private savedPath: string | null = null;
  /** Copies in folders the journal moved away from that could not be removed then. */
  private readonly leftBehind: string[] = [];
  private readonly codec: JournalCodec;
  ready: Promise<void> = Promise.resolve();

  constructor(init: JournalInit) {
    this.codec = init.codec ?? plainCodec;
    this.fs = init.fs;
    this.path = init.path;
    this.header = init.header;
    this.id = init.header.id;
    this.events = init.events;
    this.drafts = init.drafts;
    this.lock = init.lock;
    this.options = init.options;
    this.savedPath = init.savedPath ?? null;
    this.lastAt = init.header.startedAt;
    for (const e of this.events) this.lastAt = Math.max(this.lastAt, e.at);
    for (const d of this.drafts.values()) this.lastAt = Math.max(this.lastAt, d.at);
    this.scheduler = createSyncScheduler(() => this.sync(), {
      maxWaitMs: init.options.maxWaitMs ?? 1000,
      ...(init.options.timers ? { timers: init.options.timers } : {}),
    });
  }

  get encrypted(): boolean {
    return this.codec.encrypted;
  }

  event(event: SessionEvent): void {
    if (this.closed) return;
    this.events.push(event);
    this.lastAt = Math.max(this.lastAt, event.at);
    this.append({ t: 'event', event });
    this.scheduler.changed();
    this.syncNow();
  }

  draft(key: string, draft: { text: string; cursor: number }, at?: number): void {
    if (this.closed) return;
    const previous = this.drafts.get(key);
    if (previous && previous.text === draft.text && previous.cursor === draft.cursor) return;
    const when = at ?? this.options.clock?.now() ?? this.lastAt;
    this.lastAt = Math.max(this.lastAt, when);
    const record: DraftRecord = {
      t: 'draft',
      key,
      text: draft.text,
      cursor: draft.cursor,
      at: when,
    };
    this.drafts.delete(key);
    this.drafts.set(key, { text: draft.text, cursor: draft.cursor, at: when });
    this.append(record);
    this.scheduler.changed();
  }

  flush(): void {
    if (this.closed) return;
    // A signal before an encrypted journal's key was wrapped: wrap it now, blocking.
    this.codec.readyNow();
    this.syncNow();
  }

  private syncNow(): void {
    if (this.closed) return;
    if (this.failure || this.fd === null) {
      this.scheduler.cancel();
      this.recover();
    } else {
      this.scheduler.flush();
    }
  }

  attach(store: { subscribe(listener: (event: SessionEvent) => void): () => void }) {
    return store.subscribe((event) => this.event(event));
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.scheduler.cancel();
    this.closeFd();
    this.lock?.release();
    this.lock = null;
    this.closed = true;
  }

  remove(savedNotesPath: string): boolean {
    if (!notesWritten(savedNotesPath, this.fs)) {
      throw new Error(`The journal is kept: no notes on disk at ${savedNotesPath}.`);
    }
    this.scheduler.cancel();
    this.closeFd();
    this.closed = true;
    const removed = unlinkIfThere(this.fs, this.path);
    unlinkIfThere(this.fs, damagedPathOf(this.path));
    for (const old of this.leftBehind) unlinkIfThere(this.fs, old);
    this.lock?.release();
    this.lock = null;
    syncDir(path.dirname(this.path), this.fs);
    return removed;
  }

  markSaved(savedNotesPath: string): void {
    if (this.closed) return;
    this.savedPath = savedNotesPath;
    this.append({ t: 'saved', path: savedNotesPath });
    this.syncNow();
  }

  relocate(notesDir: string): void {
    if (this.closed) throw new Error('The journal is closed.');
    const dir = journalDir(notesDir);
    const target = path.join(dir, `${this.id}.jsonl`);
    if (path.resolve(target) === path.resolve(this.path)) {
      this.flush();
      if (this.failure) throw this.failure;
      return;
    }
    ensureJournalDir(dir, this.fs);
    this.codec.readyNow();
    const lock = acquireLock(lockPathOf(target), { fs: this.fs });
    const oldPath = this.path;
    const oldLock = this.lock;
    try {
      this.closeFd();
      this.path = target;
      this.lock = lock;
      this.rewrite();
    } catch (error) {
      lock.release();
      this.path = oldPath;
      this.lock = oldLock;
      this.failure ??= toNotesError(error, 'autosave', oldPath);
      throw toNotesError(error, 'autosave', target);
    }
    this.scheduler.cancel();
    this.recovered();
    // A folder turned read-only keeps its old copy: removed with the journal, if it can be then.
    if (!unlinkIfThere(this.fs, oldPath)) this.leftBehind.push(oldPath);
    unlinkIfThere(this.fs, damagedPathOf(oldPath));
    oldLock?.release();
  }

  /** Writes what waited in memory once the key is wrapped. Never rejects. */
  async whenKeyed(wrapped: Promise<void>): Promise<void> {
    try {
      await wrapped;
    } catch (error) {
      this.fail(error);
      return;
    }
    if (!this.closed && (this.fd === null || this.failure !== null)) this.recover();
  }

  status(): JournalStatus {
    return { ok: this.failure === null, error: this.failure, path: this.path, bytes: this.bytes };
  }

  /** Writes everything kept in memory as a fresh journal, atomically, and reopens it. */
  recover(): void {
    // An encrypted journal whose key is not wrapped yet: everything waits in memory.
    if (!this.codec.ready) return;
    try {
      ensureJournalDir(path.dirname(this.path), this.fs);
      this.lock ??= acquireLock(lockPathOf(this.path), { fs: this.fs });
      this.rewrite();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.recovered();
  }

  private append(record: EventRecord | DraftRecord | SavedRecord): void {
    if (this.failure || this.fd === null) return;
    const line = this.codec.line(record);
    if (line === null) return;
    const data = Buffer.from(line, 'utf8');
    try {
      writeAll(this.fs, this.fd, data);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.bytes += data.length;
    const limit = Math.max(
      this.options.compactAfterBytes ?? DEFAULT_COMPACT_BYTES,
      4 * this.compactBytes,
    );
    if (this.bytes > limit) {
      try {
        this.rewrite();
      } catch (error) {
        this.fail(error);
      }
    }
  }

  private sync(): void {
    if (this.failure || this.fd === null) {
      this.recover();
      return;
    }
    try {
      this.fs.fdatasync(this.fd);
    } catch (error) {
      this.fail(error);
    }
  }

  private rewrite(): void {
    const head = this.codec.head(this.header);
    if (head === null) throw new Error('The journal key is not ready.');
    const lines = [head];
    const add = (line: string | null) => {
      if (line !== null) lines.push(line);
    };
    for (const event of this.events) add(this.codec.line({ t: 'event', event }));
    for (const [key, d] of this.drafts) {
      add(this.codec.line({ t: 'draft', key, text: d.text, cursor: d.cursor, at: d.at }));
    }
    if (this.savedPath !== null) add(this.codec.line({ t: 'saved', path: this.savedPath }));
    const data = Buffer.from(lines.join(''), 'utf8');
    writeFileAtomic(this.path, data, { fs: this.fs, action: 'autosave' });
    this.closeFd();
    this.fd = this.fs.open(this.path, O.O_WRONLY | O.O_APPEND);
    this.bytes = data.length;
    this.compactBytes = data.length;
  }

  private fail(error: unknown): void {
    const notesError = toNotesError(error, 'autosave', this.path);
    const news = this.failure === null || this.failure.code !== notesError.code;
    this.failure = notesError;
    this.closeFd();
    if (this.rescue(notesError)) return;
    if (news) this.options.onError?.(notesError);
  }

  /** Moves the whole journal to the first rescue folder that takes it. */
  private rescue(error: NotesError): boolean {
    if (this.closed || !this.codec.ready) return false;
    for (const dir of this.options.rescueDirs ?? []) {
      const target = path.join(journalDir(dir), `${this.id}.jsonl`);
      if (path.resolve(target) === path.resolve(this.path)) continue;
      try {
        this.relocate(dir);
      } catch {
        continue;
      }
      this.options.onRescued?.(journalDir(dir), error);
      return true;
    }
    return false;
  }

  private recovered(): void {
    if (this.failure === null) return;
    this.failure = null;
    this.options.onRecovered?.();
  }

  private closeFd(): void {
    if (this.fd === null) return;
    try {
      this.fs.close(this.fd);
    } catch {
      // What matters was synced, or is kept in memory for the next rewrite.
    }
    this.fd = null;
  }
}

/** Notes are on disk at `file`: a file, not empty. */
export function notesWritten(file: string, fsl: FsLayer = nodeFs): boolean {
  try {
    const stats = fsl.stat(file);
    return stats.isFile() && stats.size > 0;
  } catch {
    return false;
  }
}

/** The notes folder (a link only to a private folder of ours), then its own `.journal`. */
function ensureJournalDir(dir: string, fsl: FsLayer): void {
  ensurePrivateDir(path.dirname(dir), { fs: fsl, action: 'autosave' });
  ensurePrivateDir(dir, { fs: fsl, action: 'autosave', own: true });
}

function unlinkIfThere(fsl: FsLayer, file: string): boolean {
  try {
    fsl.unlink(file);
    return true;
  } catch (error) {
    return sysCodeOf(error) === 'ENOENT';
  }
}

function exists(fsl: FsLayer, file: string): boolean {
  try {
    fsl.stat(file);
    return true;
  } catch {
    return false;
  }
}

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
  let file = path.join(journalDir(notesDir), `${journalId}.jsonl`);
  while (id === undefined && exists(fsl, file)) {
    journalId = newJournalId(config, encrypted);
    file = path.join(journalDir(notesDir), `${journalId}.jsonl`);
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
    path: file,
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
  options: JournalOptions & { takeOver?: boolean } = {},
): { journal: Journal; contents: JournalContents } {
  const fsl = options.fs ?? nodeFs;
  const lock = acquireLock(lockPathOf(journalPath), {
    fs: fsl,
    ...(options.takeOver ? { takeOver: true } : {}),
  });
  const read = readJournal(journalPath, fsl);
  if (!read.ok) {
    lock.release();
    throw read.error;
  }
  if (read.dropped > 0) {
    try {
      fsl.link(journalPath, damagedPathOf(journalPath));
    } catch {
      // An older copy is already there, or links are not supported: the rewrite goes on.
    }
  }
  sweepTempFiles(path.dirname(journalPath), fsl);
  const { ok: _ok, ...contents } = read;
  const journal = new FileJournal({
    fs: fsl,
    path: journalPath,
    header: read.header,
    events: [...read.events],
    drafts: new Map(read.drafts),
    lock,
    options,
    savedPath: read.savedPath,
  });
  journal.recover();
  return { journal, contents };
}

/**
 * Opens an encrypted interrupted session's journal with its passphrase (seconds: scrypt runs in
 * the background). Throws a NotesError: `wrong-passphrase` (nothing read, nothing changed: ask
 * again), `locked`, `damaged`… Returns, with the journal and its contents, the passphrase keys
 * to save the notes with (`saveSession({ encryption })`); they are being derived already.
 */
export async function resumeEncryptedJournal(
  journalPath: string,
  options: JournalOptions & { takeOver?: boolean; encryption: EncryptionOption },
): Promise<{ journal: Journal; contents: JournalContents; encryption: PassphraseKeys }> {
  const { encryption, takeOver, ...journalOptions } = options;
  const fsl = options.fs ?? nodeFs;
  const keys = passphraseKeys(encryption, { ahead: 0 });
  const lock = acquireLock(lockPathOf(journalPath), {
    fs: fsl,
    ...(takeOver ? { takeOver: true } : {}),
  });
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
    header: contents.header,
    events: [...contents.events],
    drafts: new Map(contents.drafts),
    lock,
    options: journalOptions,
    codec,
    savedPath: contents.savedPath,
  });
  journal.recover();
  // The notes will need a key of their own: derive it while the session goes on.
  keys.prepare();
  return { journal, contents, encryption: keys };
}

export interface InterruptedSession {
  id: string;
  path: string;
  /** Readable: the session can be resumed (else see `problem`). */
  ok: boolean;
  problem: NotesError | null;
  partners: string[];
  deck: { id: string; title: string } | null;
  startedAtIso: string | null;
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
      modifiedMs,
      lockedBy: livePidHolding(lockPathOf(file), fsl),
      dropped: read.dropped,
    });
  }
  return found.sort((a, b) => b.modifiedMs - a.modifiedMs);
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

/**
 * Deletes an interrupted session's journal without saving it (the person chose to let it go).
 * Refuses, with a `locked` NotesError, while another terminal holds it.
 */
export function discardJournal(journalPath: string, options: { fs?: FsLayer } = {}): void {
  const fsl = options.fs ?? nodeFs;
  const lock = acquireLock(lockPathOf(journalPath), { fs: fsl });
  try {
    fsl.unlink(journalPath);
  } catch (error) {
    if (sysCodeOf(error) !== 'ENOENT') {
      lock.release();
      throw toNotesError(error, 'forget', journalPath);
    }
  }
  unlinkIfThere(fsl, damagedPathOf(journalPath));
  lock.release();
  syncDir(path.dirname(journalPath), fsl);
}
