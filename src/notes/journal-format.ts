// The autosave journal's records (JSON lines) and a reader that never throws on bad data.
//
//   {"t":"header","format":"talkturn-journal","version":1,"id":"…","startedAt":1000,"config":{…}}
//   {"t":"event","event":{"type":"agree","partner":0,"at":1200}}
//   {"t":"draft","key":"reflect:0:0:0","text":"What I heard is…","cursor":16,"at":1500}
//
// One record per line, each line written whole with its newline. The header comes first; then
// engine events (stamped with the engine's monotonic clock) and drafts (the full text being
// typed in a field, latest record per key wins) in the order they happened.
import { createHash } from 'node:crypto';
import { inertDeep, inertText } from '../text/inert.js';
import {
  QUESTION_MARKS,
  type QuestionMark,
  type SessionConfig,
  type SessionEvent,
} from '../session/types.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import {
  journalError,
  passphraseNeededError,
  sysCodeOf,
  toNotesError,
  type NotesError,
} from './errors.js';

export const JOURNAL_FORMAT = 'talkturn-journal';
export const JOURNAL_VERSION = 1;
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

export interface DraftRecord {
  t: 'draft';
  key: string;
  text: string;
  cursor: number;
  at: number;
}

/**
 * The session's notes are written, at `path`: appended (and synced) just before the journal is
 * removed, so that a kill between the two makes resume finish the removal, not save again.
 */
export interface SavedRecord {
  t: 'saved';
  path: string;
}

export type JournalRecord = JournalHeader | EventRecord | DraftRecord | SavedRecord;

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
  /** Lines that could not be read (garbage, or the last one cut off). */
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

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

function isConfig(value: unknown): value is SessionConfig {
  if (!isObject(value)) return false;
  const { partners, deck, prompts, options } = value;
  return (
    Array.isArray(partners) &&
    (partners.length === 1 || partners.length === 2) &&
    partners.every(isString) &&
    isObject(deck) &&
    isString(deck.id) &&
    isString(deck.title) &&
    typeof deck.solo === 'boolean' &&
    Array.isArray(prompts) &&
    prompts.every((p) => isObject(p) && isString(p.title)) &&
    isObject(options) &&
    isNumber(value.turnMs) &&
    isNumber(value.maxMs) &&
    isNumber(value.breakMs) &&
    isString(value.startedAtIso)
  );
}

const isPartner = (value: unknown) => value === 0 || value === 1;
const isOptional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);

/**
 * The fields each engine event must carry to be replayed. A record for the engine's full list
 * of event types: adding a type to the engine without adding it here fails to compile.
 */
const EVENT_FIELDS: Record<SessionEvent['type'], (event: Json) => boolean> = {
  agree: (e) => isPartner(e.partner),
  'review-agreement': (e) =>
    e.status === null ||
    e.status === 'helping' ||
    e.status === 'needs-change' ||
    e.status === 'retired',
  'end-turn': () => true,
  'off-the-record': () => true,
  'on-the-record': () => true,
  'back-to-floor': () => true,
  'back-to-reflection': () => true,
  'submit-reflection': (e) => isString(e.text),
  answer: (e) =>
    (e.answer === 'yes' || e.answer === 'partly' || e.answer === 'not-quite') &&
    isOptional(e.missing, isString),
  'submit-validation': (e) => isString(e.text),
  'submit-empathy': (e) => isString(e.text),
  'submit-writing': (e) => isString(e.text) && isOptional(e.bring, isBoolean),
  pause: (e) => isOptional(e.by, isPartner),
  'pause-called-by': (e) => isPartner(e.partner),
  ready: (e) => isPartner(e.partner),
  'set-break': (e) => isNumber(e.ms),
  'skip-prompt': () => true,
  'go-to-closing': () => true,
  'submit-closing': (e) => isString(e.text),
  'mark-question': (e) => QUESTION_MARKS.includes(e.mark as QuestionMark),
  finish: () => true,
};

function isEvent(value: unknown): value is SessionEvent {
  if (!isObject(value) || !isString(value.type) || !isNumber(value.at)) return false;
  const check = Object.hasOwn(EVENT_FIELDS, value.type)
    ? EVENT_FIELDS[value.type as SessionEvent['type']]
    : undefined;
  return check !== undefined && check(value);
}

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
  switch (data.t) {
    case 'header':
      if (data.format !== JOURNAL_FORMAT || !isNumber(data.version)) return null;
      if (data.version > JOURNAL_VERSION) return 'newer';
      if (!isString(data.id) || !isNumber(data.startedAt) || !isConfig(data.config)) return null;
      // A hand-edited journal is drawn on screen when resumed: its texts are made inert.
      return {
        ...(data as unknown as JournalHeader),
        config: inertDeep(data.config as SessionConfig),
      };
    case 'event':
      return isEvent(data.event) ? { t: 'event', event: data.event } : null;
    case 'saved':
      return isString(data.path) ? { t: 'saved', path: data.path } : null;
    case 'draft': {
      if (!isString(data.key) || !isString(data.text) || !isNumber(data.at)) return null;
      const text = inertText(data.text);
      return {
        t: 'draft',
        key: data.key,
        text,
        cursor: isNumber(data.cursor)
          ? Math.min(Math.max(0, Math.round(data.cursor)), text.length)
          : text.length,
        at: data.at,
      };
    }
    default:
      return null;
  }
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
  const drafts = new Map<string, Draft>();
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
    } else {
      drafts.delete(record.key);
      drafts.set(record.key, { text: record.text, cursor: record.cursor, at: record.at });
    }
  }
  if (header === null) {
    const reason = newer ? 'newer-version' : text.trim() === '' ? 'empty' : 'damaged';
    const code = reason === 'newer-version' ? 'newer-version' : 'damaged';
    return { ok: false, reason, error: journalError(code, path), dropped };
  }
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
