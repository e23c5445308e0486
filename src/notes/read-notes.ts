// Reading the notes folder back, for the history and the export: every session and check-in
// talkturn saved there, newest first. Read-only: nothing in the folder is created or changed.
// A file that cannot be read is left out and said so; it never stops the others being read.
import { inertDeep } from '../text/inert.js';
import { MAX_NOTE_BYTES } from '../session/limits.js';
import path from 'node:path';
import { parseCheckinFrontMatter, type CheckinFrontMatter } from './checkin-markdown.js';
import { instantOf, isoDate, wallClock, type WallClock } from './dates.js';
import { openAge } from './age-format.js';
import { NotesError, classify, sysCodeOf, wrongPassphraseError } from './errors.js';
import { parseSessionFrontMatter, type SessionFrontMatter } from './front-matter.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { passphraseKeys, type EncryptionOption, type PassphraseKeys } from './passphrase-keys.js';
import { readTalkturnFields } from './read-front-matter.js';
import { words } from '../words/index.js';

export interface NoteWhen {
  /** As written in the note (or taken from its file name when the note's own date is unreadable). */
  iso: string;
  wall: WallClock;
  /** `2026-11-24`: the local date, as `--since` and `--until` compare it. */
  date: string;
  /** The moment, for ordering. */
  instant: number;
}

interface NoteBase {
  file: string;
  /** The file name, for messages. */
  name: string;
  when: NoteWhen;
  markdown: string;
}

export interface SessionNote extends NoteBase {
  kind: 'session';
  front: SessionFrontMatter;
}

export interface CheckinNote extends NoteBase {
  kind: 'checkin';
  front: CheckinFrontMatter;
}

export type Note = SessionNote | CheckinNote;

export type SkipReason = 'unreadable' | 'damaged' | 'empty' | 'too-large';

export interface SkippedNote {
  name: string;
  reason: SkipReason;
}

export interface NotesFolder {
  /** Newest first. */
  notes: Note[];
  /** Files that look like talkturn notes but could not be read, by name. */
  skipped: SkippedNote[];
  /** Encrypted notes (`*.md.age`) left out: all of them without a passphrase. */
  encrypted: string[];
  /**
   * With a passphrase (`readNotesFolderWithPassphrase`): the encrypted notes it did not open
   * (another passphrase), also in `encrypted`.
   */
  notOpened?: string[];
  /** True when the folder does not exist (yet): nothing was saved. */
  missing: boolean;
}

/** `2026-11-24-1805-…md`: the names talkturn gives its notes. */
const OUR_NAME = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})-.*\.md$/;

function whenFromName(name: string): NoteWhen | null {
  const match = OUR_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  return whenOf(`${y}-${mo}-${d}T${h}:${mi}`);
}

function whenOf(iso: string): NoteWhen | null {
  const wall = wallClock(iso);
  if (!wall) return null;
  return { iso, wall, date: isoDate(wall), instant: instantOf(iso, wall) };
}

function folderError(error: unknown, dir: string): NotesError {
  const sysCode = sysCodeOf(error);
  const code = classify(sysCode);
  const shown = printableName(dir);
  const w = words().notes.folder;
  const message =
    code === 'not-a-folder'
      ? w.isAFile(shown)
      : code === 'permission'
        ? w.notAllowed(shown)
        : w.unreadable(shown);
  return new NotesError(message, code, 'folder', sysCode, dir, { cause: error });
}

type ReadResult = { note: Note } | { skip: SkipReason } | null;

function readBytes(fsl: FsLayer, file: string, looksOurs: boolean): Buffer | ReadResult {
  try {
    const stats = fsl.stat(file);
    if (!stats.isFile()) return null;
    if (stats.size > MAX_NOTE_BYTES) return looksOurs ? { skip: 'too-large' } : null;
    return fsl.readFile(file);
  } catch (error) {
    // Gone since the folder was listed: nothing to say.
    if (sysCodeOf(error) === 'ENOENT') return null;
    return looksOurs ? { skip: 'unreadable' } : null;
  }
}

function readOne(fsl: FsLayer, dir: string, name: string): ReadResult {
  const file = path.join(dir, name);
  const bytes = readBytes(fsl, file, OUR_NAME.test(name));
  return Buffer.isBuffer(bytes) ? noteOf(file, name, bytes.toString('utf8')) : bytes;
}

/** A note from its markdown; `name` without `.age` decides whether it is named like ours. */
function noteOf(file: string, name: string, markdown: string): ReadResult {
  const looksOurs = OUR_NAME.test(name.replace(/\.age$/, ''));
  if (markdown.trim() === '') return looksOurs ? { skip: 'empty' } : null;
  // Read once, by hand when it can be (src/notes/read-front-matter.ts), for all that follows.
  const fields = readTalkturnFields(markdown);
  // Someone's own note in the same folder is none of our business; a file named like ours
  // without readable front matter is one of ours, damaged.
  if (!fields) return looksOurs ? { skip: 'damaged' } : null;
  const base = { file, name, markdown };
  if (fields.kind === 'checkin') {
    const parsed = parseCheckinFrontMatter(markdown, fields);
    // A hand-edited note is shown on screens and terminals: its texts are made inert.
    const front = parsed && inertDeep(parsed);
    const when = front && (whenOf(front.date) ?? whenFromName(name));
    if (!front || !when) return { skip: 'damaged' };
    return { note: { ...base, kind: 'checkin', front, when } };
  }
  const parsed = parseSessionFrontMatter(markdown, fields);
  const front = parsed && inertDeep(parsed);
  // Another kind, from a newer talkturn: not ours to read yet.
  if (!front) return null;
  const when = whenOf(front.date) ?? whenFromName(name);
  if (!when) return { skip: 'damaged' };
  return { note: { ...base, kind: 'session', front, when } };
}

/** Local dates, `YYYY-MM-DD`, both included; null for no bound. */
export interface NoteDates {
  since: string | null;
  until: string | null;
}

/** `2026-11-24` moved by `days`. */
function dayAfter(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Whether a file may hold a note from `dates`, judged from its name alone, so a folder of years
 * is read in the time its range takes: talkturn's names begin with the local date the note's
 * own date has (a day either side is still read; the note's own date decides). A file named
 * otherwise is always read.
 */
function mayBeInRange(name: string, dates: NoteDates | undefined): boolean {
  if (!dates) return true;
  const match = OUR_NAME.exec(name.replace(/\.age$/, ''));
  if (!match) return true;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return (
    (dates.since === null || day >= dayAfter(dates.since, -1)) &&
    (dates.until === null || day <= dayAfter(dates.until, 1))
  );
}

/**
 * Every session and check-in in `dir`, newest first. Hidden files and folders (the journal)
 * are not looked at. With `dates`, files whose names say they are from other days are not read
 * (the caller still filters by each note's own date). Throws a NotesError only when the folder
 * itself cannot be read.
 */
export function readNotesFolder(
  dir: string,
  options: { fs?: FsLayer; dates?: NoteDates } = {},
): NotesFolder {
  return readPlainNotes(dir, options.fs ?? nodeFs, options.dates);
}

function readPlainNotes(dir: string, fsl: FsLayer, dates?: NoteDates): NotesFolder {
  const result: NotesFolder = { notes: [], skipped: [], encrypted: [], missing: false };
  let names: string[];
  try {
    names = fsl.readdir(dir);
  } catch (error) {
    if (sysCodeOf(error) === 'ENOENT') return { ...result, missing: true };
    throw folderError(error, dir);
  }
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || !mayBeInRange(name, dates)) continue;
    if (name.endsWith('.md.age')) {
      result.encrypted.push(name);
      continue;
    }
    if (!name.endsWith('.md')) continue;
    const read = readOne(fsl, dir, name);
    if (read && 'note' in read) result.notes.push(read.note);
    else if (read) result.skipped.push({ name, reason: read.skip });
  }
  sortNewestFirst(result.notes);
  return result;
}

function sortNewestFirst(notes: Note[]): void {
  notes.sort(
    (a, b) => b.when.instant - a.when.instant || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
}

/** Encrypted notes opened at once: each takes a scrypt (about 0.8 s and 256 MiB). */
const OPEN_AT_ONCE = 2;

/**
 * `readNotesFolder`, with the encrypted notes (`*.md.age`) opened with one passphrase for the
 * folder: those it opens are read like any note; the others are left out, unchanged, and listed
 * in `notOpened` (and `encrypted`). Throws a `wrong-passphrase` NotesError when there are
 * encrypted notes and it opens none of them (ask again), or the folder cannot be read.
 * Seconds: one scrypt per encrypted note, two at a time on the thread pool.
 */
export async function readNotesFolderWithPassphrase(
  dir: string,
  options: { encryption: EncryptionOption; fs?: FsLayer; dates?: NoteDates },
): Promise<NotesFolder> {
  const fsl = options.fs ?? nodeFs;
  const result = readPlainNotes(dir, fsl, options.dates);
  if (result.encrypted.length === 0) return { ...result, notOpened: [] };
  const keys = passphraseKeys(options.encryption, { ahead: 0 });
  const names = [...result.encrypted];
  const read = new Map<string, ReadResult | 'not-opened'>();
  const worker = async () => {
    for (let name = names.shift(); name !== undefined; name = names.shift()) {
      read.set(name, await readEncrypted(fsl, dir, name, keys));
    }
  };
  await Promise.all(Array.from({ length: OPEN_AT_ONCE }, worker));
  const encrypted: string[] = [];
  const notOpened: string[] = [];
  for (const name of result.encrypted) {
    const one = read.get(name);
    if (one === 'not-opened') {
      encrypted.push(name);
      notOpened.push(name);
    } else if (one && 'note' in one) {
      result.notes.push(one.note);
    } else if (one) {
      result.skipped.push({ name, reason: one.skip });
    }
  }
  if (notOpened.length === result.encrypted.length) throw wrongPassphraseError(dir, 'folder');
  sortNewestFirst(result.notes);
  return { ...result, encrypted, notOpened };
}

async function readEncrypted(
  fsl: FsLayer,
  dir: string,
  name: string,
  keys: PassphraseKeys,
): Promise<ReadResult | 'not-opened'> {
  const file = path.join(dir, name);
  const bytes = readBytes(fsl, file, true);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const opened = await openAge(bytes, keys);
  if (!opened.ok) return opened.reason === 'damaged' ? { skip: 'damaged' } : 'not-opened';
  return noteOf(file, name, Buffer.from(opened.plaintext).toString('utf8'));
}

/** A name as it may be shown in a terminal: no control characters. */
export function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** One line for each file left out. The file itself is never changed. */
export function skippedMessage(skipped: SkippedNote): string {
  const w = words().notes.folder;
  return w.leftOut(printableName(skipped.name), w.skipReason[skipped.reason]);
}

/** One line for the encrypted notes a passphrase did not open, or null when there are none. */
export function notOpenedMessage(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const w = words().notes.folder;
  if (names.length === 1) return w.oneNotOpened(printableName(names[0] ?? ''));
  return w.manyNotOpened(names.length);
}

/** One line for the encrypted notes left out, or null when there are none. */
export function encryptedMessage(count: number): string | null {
  if (count === 0) return null;
  return words().notes.folder.encryptedLeftOut(count);
}
