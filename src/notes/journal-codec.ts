// How the journal's records become lines on disk: as JSON (the plain journal), or sealed with a
// per-session data key whose wrap under the passphrase heads the file (encrypted-journal.ts).
import { serializeRecord, type JournalHeader, type JournalRecord } from './journal-format.js';

export interface JournalCodec {
  readonly encrypted: boolean;
  /** False while an encrypted journal's key is not wrapped yet. */
  readonly ready: boolean;
  /** The first lines of the file; null while the key is not ready: nothing may be written. */
  head(header: JournalHeader): string | null;
  /** One record as a line; null while the key is not ready. */
  line(record: Exclude<JournalRecord, JournalHeader>): string | null;
  /** Signal time: makes the key ready now, blocking if it must. Never throws. */
  readyNow(): void;
}

export const plainCodec: JournalCodec = {
  encrypted: false,
  ready: true,
  // Twice: the second copy keeps the session resumable when one byte of the first is damaged.
  head: (header) => serializeRecord(header) + serializeRecord(header),
  line: (record) => serializeRecord(record),
  readyNow: () => undefined,
};
