// The autosave journal's records (JSON lines) and a reader that never throws on bad data.
//
//   {"t":"header","format":"talkturn-journal","version":3,"id":"…","startedAt":1000,"config":{…}}
//     (the config holds "language": the talk's language, so resume speaks it; none before)
//   {"t":"event","event":{"type":"agree","partner":0,"at":1200}}
//   {"t":"draft","key":"reflect:0:0:0","text":"What I heard","cursor":12,"at":1500,"n":0}
//   {"t":"edit","key":"reflect:0:0:0","n":1,"len":12,"pos":12,"ins":" is","at":1600}
//   {"t":"drop","key":"reflect:0:0:0"}
//
// One record per line, each line written whole with its newline. The header comes first; then
// engine events (stamped with the engine's monotonic clock) and the text being typed in each
// field (its first text whole, then each change as an edit: journal-drafts.ts), in the order
// they happened.
import { createHash } from 'node:crypto';
import { inertDeep } from '../text/inert.js';
import type { SessionConfig, SessionEvent } from '../session/types.js';
import { isLanguage } from '../words/language.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { DraftReplay } from './journal-drafts.js';
import {
  isConfig,
  isCount,
  isEvent,
  isNumber,
  isObject,
  isOptional,
  isString,
} from './journal-shapes.js';
import {
  journalError,
  passphraseNeededError,
  sysCodeOf,
  toNotesError,
  type NotesError,
} from './errors.js';

export const JOURNAL_FORMAT = 'talkturn-journal';
/**
 * The version of the journal's records. 1 held each field's whole text at every change; 2 is
 * the encrypted envelope below (its records were version 1's); 3 adds edits and drops, plain or
 * sealed. An older talkturn refuses a version 3 journal rather than reading it without its edits
 * (which would bring back old text). Versions 1 and 3 are read.
 */
export const JOURNAL_VERSION = 3;
/**
 * An encrypted journal's first line. Version 2 on purpose: a talkturn that predates encryption
 * says the session is from a newer version instead of calling it damaged. It names nothing
 * about the session: the names, deck and start are in the sealed header record that follows.
 */
export const ENCRYPTED_JOURNAL_VERSION = 2;

export interface EncryptedJournalHeader {
  t: 'header';
  format: typeof JOURNAL_FORMAT;
  version: typeof ENCRYPTED_JOURNAL_VERSION;
  id: string;
  encrypted: true;
  /** The session's data key, as an age file (base64) for the passphrase. */
  key: string;
}

export interface JournalHeader {
  t: 'header';
  format: typeof JOURNAL_FORMAT;
  version: number;
  id: string;
  /** The engine clock's time at the start: with the events, it replays the session. */
  startedAt: number;
  config: SessionConfig;
}

export interface EventRecord {
  t: 'event';
  event: SessionEvent;
}

/** A field's whole text: its first record, and each one a rewrite of the journal holds. */
export interface DraftRecord {
  t: 'draft';
  key: string;
  text: string;
  cursor: number;
  at: number;
  /** Its number in the field's chain of records (none in a version 1 journal). */
  n?: number;
}

/**
 * A change to a field: `del` characters at `pos` replaced by `ins`. It follows record `n - 1`
 * of the same field, whose text was `len` characters long, or it is not applied.
 */
export interface EditRecord {
  t: 'edit';
  key: string;
  n: number;
  len: number;
  pos: number;
  /** Left out when nothing was deleted. */
  del?: number;
  ins: string;
  /** Left out when the cursor is just after what was inserted. */
  cursor?: number;
  at: number;
}

/** The field was submitted: its draft is let go (a later change starts it again, whole). */
export interface DropRecord {
  t: 'drop';
  key: string;
}

/**
 * The session's notes are written, at `path`: appended (and synced) just before the journal is
 * removed, so that a kill between the two makes resume finish the removal, not save again.
 */
export interface SavedRecord {
  t: 'saved';
  path: string;
}

export type JournalRecord =
  JournalHeader | EventRecord | DraftRecord | EditRecord | DropRecord | SavedRecord;

export interface Draft {
  text: string;
  cursor: number;
  /** Engine clock time of the last change. */
  at: number;
}

export interface JournalContents {
  id: string;
  header: JournalHeader;
  config: SessionConfig;
  startedAt: number;
  events: SessionEvent[];
  /** The latest text of each field, by draft key, oldest change first. */
  drafts: Map<string, Draft>;
  /** The latest engine time recorded: continue the clock from here on resume. */
  lastAt: number;
  /**
   * Lines that could not be read (garbage, or the last one cut off), and edits that could not
   * be applied (a line before them was lost): their field keeps its last good text.
   */
  dropped: number;
  /** The last line was cut off mid-record (the program died while writing it). */
  truncated: boolean;
  /** The notes were already written here (then only the journal's removal was left to do). */
  savedPath: string | null;
}

export type JournalRead =
  | ({ ok: true } & JournalContents)
  | {
      ok: false;
      reason: 'missing' | 'unreadable' | 'empty' | 'damaged' | 'newer-version';
      error: NotesError;
      dropped: number;
    }
  | {
      ok: false;
      /** Encrypted: open it with `resumeEncryptedJournal` and the passphrase. */
      reason: 'encrypted';
      error: NotesError;
      dropped: 0;
      encrypted: EncryptedJournalHeader;
    };

/**
 * One record as a line, with a checksum of the rest of it as its last field (`"sum"`: the first
 * 8 hex digits of its SHA-256), so a damaged line is dropped and counted, never taken as typed.
 */
export function serializeRecord(record: JournalRecord): string {
  const body = JSON.stringify(record);
  return `${body.slice(0, -1)},"sum":"${checksum(body)}"}\n`;
}

function checksum(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 8);
}

/** The line's record without its checksum, or null when the checksum does not match. */
function verified(line: string, data: Record<string, unknown>): Record<string, unknown> | null {
  if (!('sum' in data)) return data; // Written before records carried one.
  const tail = `,"sum":"${String(data.sum)}"}`;
  const trimmed = line.trimEnd();
  if (typeof data.sum !== 'string' || !trimmed.endsWith(tail)) return null;
  if (checksum(`${trimmed.slice(0, -tail.length)}}`) !== data.sum) return null;
  const { sum: _sum, ...rest } = data;
  return rest;
}

/** Draft keys are the engine's: one name for a field, wherever it is stored. */
export { draftKeyFor } from '../session/selectors.js';

function parseLine(line: string): JournalRecord | 'newer' | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const data = verified(line, parsed);
  if (data === null) return null;
  // Edits and drops came after checksums: one without a sum is not ours, and is never applied.
  if ((data.t === 'edit' || data.t === 'drop') && !('sum' in parsed)) return null;
  switch (data.t) {
    case 'header':
      if (data.format !== JOURNAL_FORMAT || !isNumber(data.version)) return null;
      if (data.version > JOURNAL_VERSION) return 'newer';
      if (!isString(data.id) || !isNumber(data.startedAt) || !isConfig(data.config)) return null;
      // A hand-edited journal is drawn on screen when resumed: its texts are made inert.
      return {
        ...(data as unknown as JournalHeader),
        config: knownLanguage(inertDeep(data.config as SessionConfig)),
      };
    case 'event':
      return isEvent(data.event) ? { t: 'event', event: data.event } : null;
    case 'saved':
      return isString(data.path) ? { t: 'saved', path: data.path } : null;
    case 'draft': {
      if (!isString(data.key) || !isString(data.text) || !isNumber(data.at)) return null;
      if (!isOptional(data.n, isCount)) return null;
      // The text is made inert once replayed (DraftReplay): edits count in the text as typed.
      return {
        t: 'draft',
        key: data.key,
        text: data.text,
        cursor: isNumber(data.cursor) ? data.cursor : data.text.length,
        at: data.at,
        ...(isCount(data.n) ? { n: data.n } : {}),
      };
    }
    case 'edit': {
      const { key, n, len, pos, del, ins, cursor, at } = data;
      if (!isString(key) || !isCount(n) || !isCount(len) || !isCount(pos)) return null;
      if (!isOptional(del, isCount) || !isString(ins) || !isNumber(at)) return null;
      if (!isOptional(cursor, isNumber)) return null;
      return {
        t: 'edit',
        key,
        n,
        len,
        pos,
        ...(isCount(del) ? { del } : {}),
        ins,
        ...(isNumber(cursor) ? { cursor } : {}),
        at,
      };
    }
    case 'drop':
      return isString(data.key) ? { t: 'drop', key: data.key } : null;
    default:
      return null;
  }
}

/** A config whose language talkturn does not speak (a newer one, a hand edit) drops it. */
function knownLanguage(config: SessionConfig): SessionConfig {
  const given: unknown = config.language;
  if (given === undefined || (typeof given === 'string' && isLanguage(given))) return config;
  const { language: _unknown, ...rest } = config;
  return rest;
}

/** The first line of an encrypted journal, or null for any other line. */
export function parseEncryptedHeader(line: string): EncryptedJournalHeader | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(data) || data.t !== 'header' || data.format !== JOURNAL_FORMAT) return null;
  if (data.version !== ENCRYPTED_JOURNAL_VERSION || data.encrypted !== true) return null;
  if (!isString(data.id) || !isString(data.key)) return null;
  return {
    t: 'header',
    format: JOURNAL_FORMAT,
    version: ENCRYPTED_JOURNAL_VERSION,
    id: data.id,
    encrypted: true,
    key: data.key,
  };
}

/** Rebuilds a journal's contents from its text, up to the last whole record. */
export function parseJournal(text: string, path = ''): JournalRead {
  const encrypted = parseEncryptedHeader(text.split('\n', 1)[0] ?? '');
  if (encrypted) {
    return {
      ok: false,
      reason: 'encrypted',
      error: passphraseNeededError(path),
      dropped: 0,
      encrypted,
    };
  }
  const lines = text.split('\n');
  // Every record ends with a newline: a last piece without one was cut off mid-write,
  // unless it happens to be a whole record.
  const tail = lines.pop() ?? '';
  let dropped = 0;
  let truncated = false;
  if (tail.trim() !== '') {
    if (parseLine(tail) === null) {
      dropped++;
      truncated = true;
    } else {
      lines.push(tail);
    }
  }
  let header: JournalHeader | null = null;
  let newer = false;
  const events: SessionEvent[] = [];
  const replay = new DraftReplay();
  let savedPath: string | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = parseLine(line);
    if (record === 'newer') {
      newer = true;
      continue;
    }
    if (record === null || (record.t !== 'header' && header === null)) {
      dropped++;
      continue;
    }
    if (record.t === 'header') {
      // The header is written twice, so one damaged copy leaves the session resumable.
      if (header === null) header = record;
      else if (header.id !== record.id || header.startedAt !== record.startedAt) dropped++;
    } else if (record.t === 'event') {
      events.push(record.event);
    } else if (record.t === 'saved') {
      savedPath = record.path;
    } else if (record.t === 'draft') {
      replay.snapshot(record);
    } else if (record.t === 'edit') {
      if (!replay.edit(record)) dropped++;
    } else {
      replay.drop(record.key);
    }
  }
  if (header === null) {
    const reason = newer ? 'newer-version' : text.trim() === '' ? 'empty' : 'damaged';
    const code = reason === 'newer-version' ? 'newer-version' : 'damaged';
    return { ok: false, reason, error: journalError(code, path), dropped };
  }
  const drafts = replay.drafts();
  let lastAt = header.startedAt;
  for (const event of events) lastAt = Math.max(lastAt, event.at);
  for (const draft of drafts.values()) lastAt = Math.max(lastAt, draft.at);
  return {
    ok: true,
    id: header.id,
    header,
    config: header.config,
    startedAt: header.startedAt,
    events,
    drafts,
    lastAt,
    dropped,
    truncated,
    savedPath,
  };
}

/** Reads a journal file. Never throws: a missing or unreadable file is `ok: false` too. */
export function readJournal(path: string, fsl: FsLayer = nodeFs): JournalRead {
  let text: string;
  try {
    text = fsl.readFile(path).toString('utf8');
  } catch (error) {
    const missing = sysCodeOf(error) === 'ENOENT';
    return {
      ok: false,
      reason: missing ? 'missing' : 'unreadable',
      error: missing ? journalError('missing', path) : toNotesError(error, 'resume', path),
      dropped: 0,
    };
  }
  return parseJournal(text, path);
}
