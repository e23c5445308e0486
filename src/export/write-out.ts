// `--out FILE`: the export written atomically, readable only by its owner (0600), and never
// over an existing file unless --force says so.
import fs from 'node:fs';
import path from 'node:path';
import { RuntimeError } from '../errors.js';
import { NotesError, sysCodeOf, type NotesErrorCode } from '../notes/errors.js';
import { printableName } from '../notes/read-notes.js';
import { writeFileAtomic, writeNewFileAtomic } from '../notes/safe-write.js';
import { words } from '../words/index.js';

const CAUSES = ['disk-full', 'read-only', 'permission', 'missing', 'not-a-folder'] as const;

function causeOf(code: NotesErrorCode | null): string {
  const causes = words().export.cause;
  const known = CAUSES.find((c) => c === code);
  return known ? causes[known] : causes.other;
}

function exists(file: string): string {
  return words().export.exists(file);
}

/**
 * Throws the RuntimeError `writeExport` would for `file` before anything is made: its folder
 * does not exist, it is a folder, or it exists (without `force`). The brief checks this before
 * the couple spends time approving it.
 */
export function checkExportTarget(file: string, force: boolean): void {
  const target = path.resolve(file);
  const shown = printableName(file);
  const dir = path.dirname(target);
  try {
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    const code = sysCodeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new RuntimeError(words().export.noFolder(shown));
    }
  }
  try {
    if (fs.statSync(target).isDirectory()) {
      const example = printableName(path.join(file, words().export.exampleName));
      throw new RuntimeError(words().export.isFolder(shown, example));
    }
    if (!force) throw new RuntimeError(exists(shown));
  } catch (error) {
    if (error instanceof RuntimeError) throw error;
    // Not there yet (or not visible to us): the write says what went wrong, if anything.
  }
}

/**
 * Writes `text` to `file`. Throws a RuntimeError (exit 1) with one sentence when it cannot:
 * the file exists (without `force`), its folder does not exist, or the disk refuses.
 */
export function writeExport(file: string, text: string | Uint8Array, force: boolean): string {
  const target = path.resolve(file);
  const shown = printableName(file);
  const dir = path.dirname(target);
  checkExportTarget(file, force);
  try {
    if (force) writeFileAtomic(target, text);
    else writeNewFileAtomic(dir, () => path.basename(target), text, { maxAttempts: 1 });
  } catch (error) {
    if (error instanceof NotesError && error.sysCode === 'EEXIST') {
      throw new RuntimeError(exists(shown));
    }
    const cause = error instanceof NotesError ? causeOf(error.code) : causeOf(null);
    throw new RuntimeError(words().export.notWritten(shown, cause));
  }
  return target;
}
