// Deleting the chosen items: each file zeroed, synced and unlinked (shred.ts), each journal
// under its lock so a `talkturn resume` starting at the same moment cannot reopen it, then the
// folders synced so the removals themselves reach the disk.
import { NotesError } from '../notes/errors.js';
import type { FsLayer } from '../notes/fs-layer.js';
import { journalDir } from '../notes/journal.js';
import { acquireLock, type Lock } from '../notes/lock.js';
import { syncDir } from '../notes/safe-write.js';
import type { Item } from './catalogue.js';
import { shredFile } from './shred.js';
import { failedMessage, lockedMessage, notOverwrittenMessage } from './wording.js';

export interface DeleteOutcome {
  deleted: number;
  /** Files that are still there. */
  failed: number;
  /** Journals kept because a running talkturn holds them. */
  kept: number;
}

export function deleteItems(
  items: readonly Item[],
  notesDir: string,
  fsl: FsLayer,
  err: (line: string) => void,
): DeleteOutcome {
  const outcome: DeleteOutcome = { deleted: 0, failed: 0, kept: 0 };
  for (const item of items) {
    let lock: Lock | null = null;
    if (item.lockPath !== undefined) {
      try {
        lock = acquireLock(item.lockPath, { fs: fsl });
      } catch (error) {
        if (error instanceof NotesError && error.code === 'locked') {
          err(lockedMessage(item));
          outcome.kept += 1;
        } else {
          for (const file of item.files) err(failedMessage(file, error));
          outcome.failed += item.files.length;
        }
        continue;
      }
    }
    for (const file of item.files) {
      const result = shredFile(fsl, file);
      if (!result.ok) {
        err(failedMessage(file, result.error));
        outcome.failed += 1;
        continue;
      }
      outcome.deleted += 1;
      if (!result.overwritten && !result.gone) err(notOverwrittenMessage(file));
    }
    // Our own lock: removed by `release` unless it was already deleted as one of the files.
    lock?.release();
  }
  syncDir(notesDir, fsl);
  syncDir(journalDir(notesDir), fsl);
  return outcome;
}
