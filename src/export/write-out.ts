// `--out FILE`: the export written atomically, readable only by its owner (0600), and never
// over an existing file unless --force says so.
import fs from 'node:fs';
import path from 'node:path';
import { RuntimeError } from '../errors.js';
import { NotesError, sysCodeOf, type NotesErrorCode } from '../notes/errors.js';
import { printableName } from '../notes/read-notes.js';
import { writeFileAtomic, writeNewFileAtomic } from '../notes/safe-write.js';

const CAUSE: Partial<Record<NotesErrorCode, string>> = {
  'disk-full': 'the disk is full',
  'read-only': 'the disk is read-only',
  permission: 'talkturn is not allowed to write there',
  missing: 'its folder is missing',
  'not-a-folder': 'part of its path is a file, not a folder',
};

function exists(file: string): string {
  return `${file} already exists: choose another name, or add --force to replace it.`;
}

/**
 * Writes `text` to `file`. Throws a RuntimeError (exit 1) with one sentence when it cannot:
 * the file exists (without `force`), its folder does not exist, or the disk refuses.
 */
export function writeExport(file: string, text: string | Uint8Array, force: boolean): string {
  const target = path.resolve(file);
  const shown = printableName(file);
  const dir = path.dirname(target);
  try {
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    const code = sysCodeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new RuntimeError(
        `The folder for ${shown} does not exist: create it first, or choose another place for --out.`,
      );
    }
  }
  try {
    if (fs.statSync(target).isDirectory()) {
      throw new RuntimeError(
        `${shown} is a folder: give a file name, like ${printableName(path.join(file, 'our-notes.md'))}.`,
      );
    }
    if (!force) throw new RuntimeError(exists(shown));
  } catch (error) {
    if (error instanceof RuntimeError) throw error;
    // Not there yet (or not visible to us): the write below says what went wrong, if anything.
  }
  try {
    if (force) writeFileAtomic(target, text);
    else writeNewFileAtomic(dir, () => path.basename(target), text, { maxAttempts: 1 });
  } catch (error) {
    if (error instanceof NotesError && error.sysCode === 'EEXIST') {
      throw new RuntimeError(exists(shown));
    }
    const cause =
      (error instanceof NotesError && CAUSE[error.code]) || 'the disk reported an error';
    throw new RuntimeError(
      `The export could not be written to ${shown}, because ${cause}: nothing was changed there.`,
    );
  }
  return target;
}
