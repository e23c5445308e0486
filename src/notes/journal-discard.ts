// Letting an unfinished session go without saving it: its journal deleted, for real.
import path from 'node:path';
import { sysCodeOf, toNotesError } from './errors.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { damagedPathOf, lockPathOf, unlinkIfThere } from './journal-paths.js';
import { acquireLock } from './lock.js';
import { syncDir } from './safe-write.js';

/**
 * Deletes an interrupted session's journal without saving it (the person chose to let it go).
 * Refuses, with a `locked` NotesError, while another terminal holds it.
 */
export function discardJournal(journalPath: string, options: { fs?: FsLayer } = {}): void {
  const fsl = options.fs ?? nodeFs;
  const lock = acquireLock(lockPathOf(journalPath), { fs: fsl });
  try {
    fsl.unlink(journalPath);
  } catch (error) {
    if (sysCodeOf(error) !== 'ENOENT') {
      lock.release();
      throw toNotesError(error, 'forget', journalPath);
    }
  }
  unlinkIfThere(fsl, damagedPathOf(journalPath));
  lock.release();
  syncDir(path.dirname(journalPath), fsl);
}
