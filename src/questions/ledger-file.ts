// The question ledger on disk: one append-only file of JSON lines in the notes folder, hidden
// (`.questions/questions.jsonl`), each change written as it happens and synced within a second,
// the same way the session journal is. Locked with a passphrase, every line is sealed with a data
// key whose age wrap heads the file (the journal's codec: record-cipher.ts, age-format.ts).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { openAge, sealAge } from '../notes/age-format.js';
import {
  passphraseNeededError,
  toNotesError,
  wrongPassphraseError,
  type NotesError,
} from '../notes/errors.js';
import { nodeFs, O, type FsLayer } from '../notes/fs-layer.js';
import type { PassphraseKeys } from '../notes/passphrase-keys.js';
import { DATA_KEY_BYTES, newDataKey, openLine, sealLine } from '../notes/record-cipher.js';
import { ensurePrivateDir, FILE_MODE, writeAll, writeFileAtomic } from '../notes/safe-write.js';
import { createSyncScheduler, type Timers } from '../notes/sync-scheduler.js';
import { applyRecord, emptyLedger } from './ledger.js';
import { LEDGER_FORMAT, ledgerPath, parseHeader, readLines, type Header } from './ledger-format.js';

export { ledgerFolder, ledgerKind, ledgerPath } from './ledger-format.js';
import type { Ledger, LedgerRecord } from './types.js';

/** Past this size the file is rewritten with only the latest draft per field. */
const COMPACT_AT = 1024 * 1024;

export interface LedgerFile {
  readonly path: string;
  readonly encrypted: boolean;
  /** The ledger as it stands, with every record appended so far. */
  ledger(): Ledger;
  /** Applies a record and writes it; a failed write is kept in memory and retried whole. */
  append(record: LedgerRecord): void;
  /** The last write problem in plain words, or null. */
  problem(): string | null;
  subscribe(listener: () => void): () => void;
  flush(): void;
  close(): void;
}

export interface OpenLedgerOptions {
  /** Lock it (a new ledger, or a plain one rewritten sealed), or open a locked one. */
  encryption?: PassphraseKeys;
  fs?: FsLayer;
  timers?: Timers;
}

/**
 * Opens the ledger of a notes folder, making it on first use. A locked ledger needs the
 * passphrase: without `encryption` it throws a `passphrase-needed` NotesError, with the wrong
 * one `wrong-passphrase`. A line that does not read (cut off by a kill -9) is dropped.
 */
export async function openLedgerFile(
  notesDir: string,
  options: OpenLedgerOptions = {},
): Promise<LedgerFile> {
  const fsl = options.fs ?? nodeFs;
  const file = ledgerPath(notesDir);
  const read = await readLedgerFile(notesDir, options);
  if (read.unreadable) {
    // Not a ledger we can read (damaged, or from a newer talkturn): kept aside, never overwritten.
    fsl.rename(file, `${file}.damaged`);
  }
  let codec = read.codec;
  let rewrite = read.codec === null || read.size > COMPACT_AT;
  if (!codec && options.encryption) {
    const key = newDataKey();
    const wrapped = Buffer.from(sealAge(key, await options.encryption.take())).toString('base64');
    codec = sealedCodec(randomBytes(6).toString('hex'), key, wrapped);
  } else if (codec && !codec.encrypted && options.encryption) {
    // A plain ledger locked from now on: rewritten sealed, whole.
    const key = newDataKey();
    const wrapped = Buffer.from(sealAge(key, await options.encryption.take())).toString('base64');
    codec = sealedCodec(codec.header.id, key, wrapped);
    rewrite = true;
  }
  codec ??= plainCodec(randomBytes(6).toString('hex'));
  return new OpenLedger(file, fsl, codec, read.records, rewrite, options.timers);
}

interface LedgerRead {
  records: LedgerRecord[];
  /** How the file's lines are written; null when there is no readable ledger yet. */
  codec: LineCodec | null;
  /** There is a file, but not one we can read. */
  unreadable: boolean;
  size: number;
}

/**
 * Reads the ledger without changing anything (for the export and the history). A locked ledger
 * needs `encryption` (else a `passphrase-needed` NotesError; the wrong one, `wrong-passphrase`).
 */
export async function readLedgerFile(
  notesDir: string,
  options: { encryption?: PassphraseKeys; fs?: FsLayer } = {},
): Promise<LedgerRead> {
  const fsl = options.fs ?? nodeFs;
  const file = ledgerPath(notesDir);
  let text: string;
  try {
    text = fsl.readFile(file).toString('utf8');
  } catch {
    return { records: [], codec: null, unreadable: false, size: 0 };
  }
  const [first = '', ...lines] = text.split('\n');
  const found = parseHeader(first);
  if (!found)
    return { records: [], codec: null, unreadable: text.trim() !== '', size: text.length };
  if (!found.encrypted) {
    const records = readLines(lines, (line) => line);
    return { records, codec: plainCodec(found.id), unreadable: false, size: text.length };
  }
  if (!options.encryption) throw passphraseNeededError(file);
  const opened = await openAge(Buffer.from(found.key ?? '', 'base64'), options.encryption);
  if (!opened.ok || opened.plaintext.length !== DATA_KEY_BYTES) throw wrongPassphraseError(file);
  const aad = aadFor(found.id);
  const records = readLines(lines, (line) => openLine(opened.plaintext, aad, line));
  const codec = sealedCodec(found.id, opened.plaintext, found.key ?? '');
  return { records, codec, unreadable: false, size: text.length };
}

interface LineCodec {
  encrypted: boolean;
  header: Header;
  line(text: string): string;
}

const aadFor = (id: string) => Buffer.from(`${LEDGER_FORMAT}/2/${id}`);

function plainCodec(id: string): LineCodec {
  return {
    encrypted: false,
    header: { t: 'header', format: LEDGER_FORMAT, version: 1, id },
    line: (text) => text,
  };
}

function sealedCodec(id: string, key: Uint8Array, wrapped: string): LineCodec {
  const aad = aadFor(id);
  return {
    encrypted: true,
    header: { t: 'header', format: LEDGER_FORMAT, version: 2, id, encrypted: true, key: wrapped },
    line: (text) => sealLine(key, aad, text),
  };
}

/** Only the latest draft per field is kept when the file is rewritten. */
function compact(records: LedgerRecord[]): LedgerRecord[] {
  const lastDraft = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.t === 'draft') lastDraft.set(r.key, i);
  });
  return records.filter((r, i) => r.t !== 'draft' || (lastDraft.get(r.key) === i && r.text !== ''));
}

class OpenLedger implements LedgerFile {
  private state: Ledger;
  private fd: number | null = null;
  private broken: NotesError | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly sync;

  constructor(
    readonly path: string,
    private readonly fsl: FsLayer,
    private readonly codec: LineCodec,
    private records: LedgerRecord[],
    rewrite: boolean,
    timers?: Timers,
  ) {
    this.state = records.reduce(applyRecord, emptyLedger());
    this.sync = createSyncScheduler(() => this.datasync(), timers ? { timers } : {});
    if (rewrite) this.rewrite();
  }

  get encrypted(): boolean {
    return this.codec.encrypted;
  }

  ledger(): Ledger {
    return this.state;
  }

  problem(): string | null {
    return this.broken?.message ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  append(record: LedgerRecord): void {
    this.records.push(record);
    this.state = applyRecord(this.state, record);
    if (this.broken) this.rewrite();
    else {
      try {
        writeAll(
          this.fsl,
          this.openFd(),
          Buffer.from(`${this.codec.line(JSON.stringify(record))}\n`),
        );
        this.sync.changed();
        // A step (not a keystroke) reaches the disk at once.
        if (record.t !== 'draft') this.sync.flush();
      } catch (error) {
        this.fail(error);
      }
    }
    for (const listener of this.listeners) listener();
  }

  flush(): void {
    if (this.broken) this.rewrite();
    this.sync.flush();
  }

  close(): void {
    this.flush();
    this.sync.cancel();
    if (this.fd !== null) {
      try {
        this.fsl.close(this.fd);
      } catch {
        // Already gone: nothing more to keep.
      }
      this.fd = null;
    }
  }

  private openFd(): number {
    if (this.fd === null) {
      this.fd = this.fsl.open(this.path, O.O_WRONLY | O.O_APPEND | O.O_CREAT, FILE_MODE);
    }
    return this.fd;
  }

  private datasync(): void {
    if (this.fd === null) return;
    try {
      this.fsl.fdatasync(this.fd);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The whole ledger, written atomically: after a failure, or to lock or compact it. */
  private rewrite(): void {
    const kept = compact(this.records);
    const lines = [
      JSON.stringify(this.codec.header),
      ...kept.map((r) => this.codec.line(JSON.stringify(r))),
    ];
    try {
      ensurePrivateDir(path.dirname(this.path), { fs: this.fsl, action: 'autosave' });
      if (this.fd !== null) {
        this.fsl.close(this.fd);
        this.fd = null;
      }
      writeFileAtomic(this.path, `${lines.join('\n')}\n`, { fs: this.fsl, action: 'autosave' });
      this.records = kept;
      this.broken = null;
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.broken = toNotesError(error, 'autosave', this.path);
    if (this.fd !== null) {
      try {
        this.fsl.close(this.fd);
      } catch {
        // The next write reopens it.
      }
      this.fd = null;
    }
  }
}
