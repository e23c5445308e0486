// The encrypted autosave journal: nothing a session holds reaches the disk in plaintext.
//
//   {"t":"header","format":"talkturn-journal","version":2,"id":"…","encrypted":true,"key":"…"}
//   base64(nonce ‖ ChaCha20-Poly1305(K, {"t":"header",…,"config":{…}}))   the real header
//   base64(nonce ‖ ChaCha20-Poly1305(K, {"t":"edit",…}))                    one per record
//
// The records inside are the plain journal's, edits and all (journal-drafts.ts): a key press
// seals its change, not the whole field. The envelope keeps version 2 (and so its associated
// data); the sealed header says which version its records are.
//
// K is a random 32-byte data key made at the start (instant), so sealing a record takes
// microseconds and `append` stays synchronous. `key` is K as an age file for the passphrase
// (scrypt, seconds): it is derived in the background while the couple reads the ground rules,
// and until it is there the records stay in memory only, never on disk. At a signal before
// then, `readyNow` derives it synchronously (about 0.8 s) so the words of the first seconds are
// saved sealed rather than lost; if even that fails, they are lost, never written in the clear.
import { openAge, sealAge } from './age-format.js';
import type { JournalCodec } from './journal-codec.js';
import {
  ENCRYPTED_JOURNAL_VERSION,
  JOURNAL_FORMAT,
  parseEncryptedHeader,
  parseJournal,
  serializeRecord,
  type EncryptedJournalHeader,
  type JournalContents,
  type JournalHeader,
} from './journal-format.js';
import { journalError, wrongPassphraseError, type NotesError } from './errors.js';
import { newDataKey, openLine, sealLine, DATA_KEY_BYTES } from './record-cipher.js';
import type { PassphraseKeys } from './passphrase-keys.js';

const aadFor = (id: string) => Buffer.from(`${JOURNAL_FORMAT}/${ENCRYPTED_JOURNAL_VERSION}/${id}`);

export class EncryptedCodec implements JournalCodec {
  readonly encrypted = true;
  private wrapped: string | null;
  private readonly aad: Uint8Array;

  constructor(
    private readonly id: string,
    private readonly dataKey: Uint8Array,
    private readonly keys: PassphraseKeys,
    /** The wrap already in the file (a resumed journal), or null to make one. */
    wrapped: string | null = null,
  ) {
    this.wrapped = wrapped;
    this.aad = aadFor(id);
  }

  static fresh(id: string, keys: PassphraseKeys): EncryptedCodec {
    return new EncryptedCodec(id, newDataKey(), keys);
  }

  get ready(): boolean {
    return this.wrapped !== null;
  }

  /** Wraps the data key in the background; resolves once it can be written. */
  async start(): Promise<void> {
    if (this.wrapped !== null) return;
    const key = await this.keys.take();
    this.wrapped ??= Buffer.from(sealAge(this.dataKey, key)).toString('base64');
  }

  readyNow(): void {
    if (this.wrapped !== null) return;
    try {
      this.wrapped = Buffer.from(sealAge(this.dataKey, this.keys.takeSync())).toString('base64');
    } catch {
      // Nothing is written without the wrap: the records stay in memory, never in the clear.
    }
  }

  head(header: JournalHeader): string | null {
    if (this.wrapped === null) return null;
    const outer: EncryptedJournalHeader = {
      t: 'header',
      format: JOURNAL_FORMAT,
      version: ENCRYPTED_JOURNAL_VERSION,
      id: this.id,
      encrypted: true,
      key: this.wrapped,
    };
    return `${JSON.stringify(outer)}\n${sealLine(this.dataKey, this.aad, serializeRecord(header))}\n`;
  }

  line(record: Parameters<JournalCodec['line']>[0]): string | null {
    if (this.wrapped === null) return null;
    return `${sealLine(this.dataKey, this.aad, serializeRecord(record))}\n`;
  }
}

export type EncryptedJournalRead =
  { ok: true; contents: JournalContents; codec: EncryptedCodec } | { ok: false; error: NotesError };

/**
 * Opens an encrypted journal's text with the passphrase behind `keys` (seconds: scrypt, in the
 * background). A wrong passphrase is a `wrong-passphrase` NotesError; a line that does not open
 * (damaged, cut off) is dropped and counted, as in a plain journal.
 */
export async function openEncryptedJournal(
  text: string,
  keys: PassphraseKeys,
  path = '',
): Promise<EncryptedJournalRead> {
  const [first = '', ...rest] = text.split('\n');
  const outer = parseEncryptedHeader(first);
  if (!outer) return { ok: false, error: journalError('damaged', path) };
  const opened = await openAge(Buffer.from(outer.key, 'base64'), keys);
  if (!opened.ok) {
    return {
      ok: false,
      error:
        opened.reason === 'wrong-passphrase'
          ? wrongPassphraseError(path)
          : journalError('damaged', path),
    };
  }
  const dataKey = opened.plaintext;
  if (dataKey.length !== DATA_KEY_BYTES) return { ok: false, error: journalError('damaged', path) };
  const aad = aadFor(outer.id);
  // Every line ends with a newline: a last piece without one was cut off mid-write, unless it
  // happens to open whole.
  const tail = rest.pop() ?? '';
  let dropped = 0;
  let truncated = false;
  const plain: string[] = [];
  for (const [i, line] of [...rest, tail].entries()) {
    if (line.trim() === '') continue;
    const record = openLine(dataKey, aad, line);
    if (record === null) {
      dropped++;
      if (i === rest.length) truncated = true;
    } else {
      plain.push(record);
    }
  }
  const read = parseJournal(plain.join(''), path);
  if (!read.ok) return { ok: false, error: journalError('damaged', path) };
  if (read.header.id !== outer.id) return { ok: false, error: journalError('damaged', path) };
  const { ok: _ok, ...contents } = read;
  const codec = new EncryptedCodec(outer.id, dataKey, keys, outer.key);
  return {
    ok: true,
    contents: { ...contents, dropped: contents.dropped + dropped, truncated },
    codec,
  };
}
