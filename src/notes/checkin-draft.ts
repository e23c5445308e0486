// A check-in being answered, kept on disk as it is typed: the check-in writes its note at the
// end (or on a signal, or when the terminal goes), so without this a kill -9 or a power cut lost
// every answer. One small file per running check-in in `.journal/`, rewritten whole (atomic,
// fsync) at most a second after a change. The next check-in saves a draft whose process is gone
// as a check-in note marked not finished, then removes it. Plain check-ins only: a locked one
// keeps no draft (it would be plaintext), and says so in the README.
import path from 'node:path';
import type { Checkin } from './checkin-markdown.js';
import { nodeFs, type FsLayer } from './fs-layer.js';
import { ensureJournalDir, journalDir, unlinkIfThere } from './journal-paths.js';
import { isProcessAlive } from './pid.js';
import { writeFileAtomic } from './safe-write.js';
import { saveCheckin } from './save-checkin.js';
import { createSyncScheduler, type Timers } from './sync-scheduler.js';

const FORMAT = 'talkturn-checkin-draft';
/** `checkin-<pid>-<started, ms>.json`: the pid says whether its check-in is still running. */
export const CHECKIN_DRAFT_NAME = /^checkin-(\d+)-(\d+)\.json$/;

export interface CheckinDraft {
  /** The answers so far: on disk within a second. */
  keep(checkin: Checkin): void;
  /** Writes what waits now (a signal, leaving). */
  flush(): void;
  /** The note is saved: the draft goes. */
  remove(): void;
}

export function createCheckinDraft(
  notesDir: string,
  options: { fs?: FsLayer; timers?: Timers; startedAt?: number } = {},
): CheckinDraft {
  const fsl = options.fs ?? nodeFs;
  const dir = journalDir(notesDir);
  const file = path.join(dir, `checkin-${process.pid}-${options.startedAt ?? Date.now()}.json`);
  let latest: Checkin | null = null;
  let written = false;
  const write = () => {
    if (latest === null) return;
    try {
      ensureJournalDir(dir, fsl);
      writeFileAtomic(
        file,
        `${JSON.stringify({ format: FORMAT, version: 1, checkin: latest })}\n`,
        {
          fs: fsl,
          action: 'autosave',
        },
      );
      written = true;
    } catch {
      // The disk refused: the answers are still in memory, and a signal or the end saves them.
    }
  };
  const scheduler = createSyncScheduler(write, options.timers ? { timers: options.timers } : {});
  return {
    keep(checkin) {
      latest = checkin;
      scheduler.changed();
    },
    flush: () => scheduler.flush(),
    remove() {
      scheduler.cancel();
      latest = null;
      if (written) unlinkIfThere(fsl, file);
    },
  };
}

function readDraft(text: string): Checkin | null {
  try {
    const data = JSON.parse(text) as { format?: unknown; checkin?: Partial<Checkin> };
    const checkin = data.checkin;
    if (data.format !== FORMAT || !checkin) return null;
    if (!Array.isArray(checkin.partners) || !Array.isArray(checkin.answers)) return null;
    if (typeof checkin.dateIso !== 'string') return null;
    return checkin as Checkin;
  } catch {
    return null;
  }
}

/**
 * Saves the drafts of check-ins that ended without saving (their process is gone) as notes
 * marked not finished, and removes them. Returns the notes written. A draft that cannot be read
 * or saved is left where it is. Never throws.
 */
export function rescueCheckinDrafts(notesDir: string, options: { fs?: FsLayer } = {}): string[] {
  const fsl = options.fs ?? nodeFs;
  const dir = journalDir(notesDir);
  let names: string[];
  try {
    names = fsl.readdir(dir);
  } catch {
    return [];
  }
  const saved: string[] = [];
  for (const name of names) {
    const pid = Number(CHECKIN_DRAFT_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || isProcessAlive(pid)) continue;
    const file = path.join(dir, name);
    try {
      const checkin = readDraft(fsl.readFile(file).toString('utf8'));
      if (checkin === null) continue;
      saved.push(
        saveCheckin({ checkin: { ...checkin, completed: false }, notesDir, fs: fsl }).path,
      );
      unlinkIfThere(fsl, file);
    } catch {
      // Left for the next check-in to try again.
    }
  }
  return saved;
}
