// Where a session's journal lives and what lies beside it: `<notesDir>/.journal/<id>.jsonl`,
// its `<id>.lock`, and `<id>.jsonl.damaged` (kept when a resume dropped lines), with the small
// file steps every part of the journal shares.
import path from 'node:path';
import { sysCodeOf } from './errors.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { ensurePrivateDir } from './safe-write.js';

export const JOURNAL_DIR = '.journal';
export const JOURNAL_NAME = /^([a-z0-9][a-z0-9.-]*)\.jsonl$/;

export function journalDir(notesDir: string): string {
  return path.join(notesDir, JOURNAL_DIR);
}

export const journalPathIn = (notesDir: string, id: string) =>
  path.join(journalDir(notesDir), `${id}.jsonl`);
export const lockPathOf = (journalPath: string) => journalPath.replace(/\.jsonl$/, '.lock');
export const damagedPathOf = (journalPath: string) => `${journalPath}.damaged`;

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
export function ensureJournalDir(dir: string, fsl: FsLayer): void {
  ensurePrivateDir(path.dirname(dir), { fs: fsl, action: 'autosave' });
  ensurePrivateDir(dir, { fs: fsl, action: 'autosave', own: true });
}

/** Removes `file`; true when it is gone (or was never there). */
export function unlinkIfThere(fsl: FsLayer, file: string): boolean {
  try {
    fsl.unlink(file);
    return true;
  } catch (error) {
    return sysCodeOf(error) === 'ENOENT';
  }
}

export function exists(fsl: FsLayer, file: string): boolean {
  try {
    fsl.stat(file);
    return true;
  } catch {
    return false;
  }
}
