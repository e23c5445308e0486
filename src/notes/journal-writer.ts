// The journal's writer: appends each engine event and each change to a field as it happens
// (a synchronous write, so it reaches the operating system at once: kill -9 loses only keys
// still in flight), and syncs to the disk (fdatasync) at most a second later, and at once for
// every engine event. It also keeps the session's records in memory (the events, and each
// field's latest text: journal-drafts.ts), so a failed write loses nothing: it is reported
// through `onError`, the session goes on, and the next change (or `flush`) rewrites the whole
// journal atomically from memory once the disk allows, or moves it to a rescue folder. The same
// atomic rewrite compacts the file when the edits have made it large.
import path from 'node:path';
import { submittedDraftKey } from '../session/selectors.js';
import type { SessionEvent } from '../session/types.js';
import { toNotesError, type NotesError } from './errors.js';
import { O, type FsLayer } from './fs-layer.js';
import { DraftLedger } from './journal-drafts.js';
import { plainCodec, type JournalCodec } from './journal-codec.js';
import type { Draft, JournalHeader, JournalRecord } from './journal-format.js';
import {
  damagedPathOf,
  ensureJournalDir,
  journalDir,
  journalPathIn,
  lockPathOf,
  notesWritten,
  unlinkIfThere,
} from './journal-paths.js';
import { acquireLock, type Lock } from './lock.js';
import { syncDir, writeAll, writeFileAtomic } from './safe-write.js';
import { createSyncScheduler, type SyncScheduler } from './sync-scheduler.js';
import type { Journal, JournalOptions, JournalStatus, SessionSource } from './journal-types.js';

export interface JournalInit {
  fs: FsLayer;
  path: string;
  header: JournalHeader;
  events: SessionEvent[];
  drafts: ReadonlyMap<string, Draft>;
  lock: Lock | null;
  options: JournalOptions;
  codec?: JournalCodec;
  savedPath?: string | null;
}

const DEFAULT_COMPACT_BYTES = 1 << 20;

export class FileJournal implements Journal {
  readonly id: string;
  path: string;
  private readonly fs: FsLayer;
  private readonly header: JournalHeader;
  private readonly events: SessionEvent[];
  private readonly drafts: DraftLedger;
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
    this.drafts = new DraftLedger(init.drafts);
    this.lock = init.lock;
    this.options = init.options;
    this.savedPath = init.savedPath ?? null;
    this.lastAt = init.header.startedAt;
    for (const e of this.events) this.lastAt = Math.max(this.lastAt, e.at);
    this.lastAt = Math.max(this.lastAt, this.drafts.latestAt());
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
    const when = at ?? this.options.clock?.now() ?? this.lastAt;
    const record = this.drafts.change(key, draft.text, draft.cursor, when);
    if (record === null) return;
    this.lastAt = Math.max(this.lastAt, when);
    this.append(record);
    this.scheduler.changed();
  }

  draftOf(key: string): Draft | undefined {
    return this.drafts.get(key);
  }

  /** A field was handed in: its draft is let go, here and (at the next sync) on disk. */
  private submitted(key: string): void {
    if (this.closed) return;
    const record = this.drafts.drop(key);
    if (record === null) return;
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

  attach(store: SessionSource) {
    // The step each event was applied on: it names the field a submit hands in.
    let step = store.getState().step;
    return store.subscribe((event, state) => {
      // The event first: a kill between the two then leaves the draft too, never neither.
      this.event(event);
      const handedIn = submittedDraftKey(step, event);
      if (handedIn !== null) this.submitted(handedIn);
      step = state.step;
    });
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
    const target = journalPathIn(notesDir, this.id);
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

  private append(record: Exclude<JournalRecord, JournalHeader>): void {
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
    // Each field whole: the chains of edits start again from these.
    for (const record of this.drafts.snapshots()) add(this.codec.line(record));
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
      const target = journalPathIn(dir, this.id);
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
