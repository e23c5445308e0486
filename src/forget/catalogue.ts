// What talkturn itself wrote in a notes folder, grouped as a person thinks of it: a session, a
// check-in, an unfinished session (its journal and the files beside it). A file is ours when
// talkturn's reader recognises its front matter, or, for hidden bookkeeping files, by the exact
// names talkturn gives them. Anything else in the folder is someone's own and is never listed.
import path from 'node:path';
import { localStamp } from '../notes/filename.js';
import { type FsLayer } from '../notes/fs-layer.js';
import { findInterruptedSessions, journalDir } from '../notes/journal.js';
import { isProcessAlive } from '../notes/pid.js';
import { readNotesFolder } from '../notes/read-notes.js';
import { ledgerFolder } from '../questions/ledger-format.js';
import { shortDate, timeOfDay } from '../notes/dates.js';
import { inertLine as terminalLine } from '../text/inert.js';
import { words } from '../words/index.js';

export type ItemKind =
  'session' | 'checkin' | 'encrypted' | 'damaged' | 'unfinished' | 'leftover' | 'questions';

export interface Item {
  kind: ItemKind;
  /** What the person sees: a file name, or a journal's id. */
  name: string;
  /** `YYYY-MM-DD`, when known. */
  date: string | null;
  /** Every file to delete for this item (absolute paths). */
  files: string[];
  /** For a journal: its lock file, taken before deleting (and in `files` when already there). */
  lockPath?: string;
  /** For an unfinished session still open in a running talkturn: its process id. */
  lockedBy?: number | null;
  /** Notes of two partners (or, locked, perhaps): both should agree before they go. */
  shared?: boolean;
  /** As `talkturn history` shows it: "Tue 24 Nov 2026, 18:05 · Trust basics". */
  label?: string;
}

export interface Catalogue {
  items: Item[];
  /**
   * Files named like our notes that do not read as ours (damaged, empty, unreadable): someone
   * may have put them there, so they are deleted only when named one by one.
   */
  damaged: Item[];
}

/** `2026-11-24-1805-…`: the names talkturn gives notes and journals. */
const STAMPED = /^(\d{4}-\d{2}-\d{2})-\d{4}-/;
/** `.<name>.<pid>.<8 hex>.tmp`: a temp file of an atomic write (as in safe-write.ts). */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const JOURNAL_FILE = /^([a-z0-9][a-z0-9.-]*)\.(jsonl|lock|jsonl\.damaged|json)$/;

function listDir(fsl: FsLayer, dir: string): string[] {
  try {
    return [...fsl.readdir(dir)].sort();
  } catch {
    return [];
  }
}

const dateOfName = (name: string): string | null => STAMPED.exec(name)?.[1] ?? null;

/** A temp file of a process still running (a save in flight) is not touched. */
function tempOwner(name: string): string | null {
  const match = TEMP_NAME.exec(name);
  if (!match) return null;
  const pid = Number(match[2]);
  if (pid !== process.pid && isProcessAlive(pid)) return null;
  return match[1] ?? null;
}

/** Everything talkturn wrote in `notesDir`, notes first (newest first), then unfinished ones. */
export function catalogue(notesDir: string, fsl: FsLayer): Catalogue {
  const folder = readNotesFolder(notesDir, { fs: fsl });
  const names = listDir(fsl, notesDir);
  const temps = new Map<string, string[]>();
  for (const name of names) {
    const owner = tempOwner(name);
    if (owner === null) continue;
    temps.set(owner, [...(temps.get(owner) ?? []), path.join(notesDir, name)]);
  }
  const items: Item[] = [];
  const withTemps = (name: string): string[] => {
    const leftovers = temps.get(name) ?? [];
    temps.delete(name);
    return [path.join(notesDir, name), ...leftovers];
  };
  for (const note of folder.notes) {
    const title =
      note.kind === 'checkin'
        ? words().forget.checkinTitle
        : terminalLine(note.front.deckTitle) ||
          terminalLine(note.front.deck) ||
          words().common.untitledTalk;
    items.push({
      kind: note.kind,
      name: note.name,
      date: note.when.date,
      files: withTemps(note.name),
      shared: note.front.partners.length > 1,
      label: `${words().dates.dayAndTime(shortDate(note.when.wall), timeOfDay(note.when.wall))} · ${title}`,
    });
  }
  for (const name of folder.encrypted) {
    if (!STAMPED.test(name)) continue;
    items.push({
      kind: 'encrypted',
      name,
      date: dateOfName(name),
      files: withTemps(name),
      shared: true,
    });
  }
  const damaged: Item[] = folder.skipped.map(({ name }) => ({
    kind: 'damaged',
    name,
    date: dateOfName(name),
    files: withTemps(name),
  }));
  items.push(...journals(notesDir, fsl));
  // The question ledger (questions and moments that hurt): one item, named `questions`.
  const ledgerFiles = listDir(fsl, ledgerFolder(notesDir)).map((n) =>
    path.join(ledgerFolder(notesDir), n),
  );
  if (ledgerFiles.length > 0)
    items.push({ kind: 'questions', name: 'questions', date: null, files: ledgerFiles });
  // Temp copies whose note is gone (or was never finished) hold a note's text all the same.
  for (const [owner, files] of temps) {
    for (const file of files) {
      items.push({
        kind: 'leftover',
        name: path.basename(file),
        date: dateOfName(owner),
        files: [file],
      });
    }
  }
  return { items, damaged };
}

/** Each journal with its lock, damaged copy and temp files; stray files of `.journal/` too. */
function journals(notesDir: string, fsl: FsLayer): Item[] {
  const dir = journalDir(notesDir);
  const byId = new Map<string, string[]>();
  const add = (id: string, name: string) =>
    byId.set(id, [...(byId.get(id) ?? []), path.join(dir, name)]);
  for (const name of listDir(fsl, dir)) {
    const owner = tempOwner(name);
    if (owner !== null) {
      const id = /^(.+)\.jsonl$/.exec(owner)?.[1];
      if (id) add(id, name);
      continue;
    }
    const match = JOURNAL_FILE.exec(name);
    if (match?.[1]) add(match[1], name);
  }
  const live = new Map(findInterruptedSessions(notesDir, { fs: fsl }).map((s) => [s.id, s]));
  const items: Item[] = [];
  for (const [id, files] of byId) {
    const session = live.get(id);
    const started = session?.startedAtIso;
    const lockPath = path.join(dir, `${id}.lock`);
    items.push({
      kind: session ? 'unfinished' : 'leftover',
      name: id,
      date: started ? localStamp(started).slice(0, 10) : dateOfName(id),
      // The lock goes last: it is held while the rest is deleted.
      files: [...files.filter((file) => file !== lockPath), ...files.filter((f) => f === lockPath)],
      lockPath,
      lockedBy: session?.lockedBy ?? null,
      shared: session ? session.encrypted === true || session.partners.length > 1 : false,
    });
  }
  return items;
}
