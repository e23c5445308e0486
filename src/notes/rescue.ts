// Where the autosave goes when the notes folder cannot be written (a full disk, a folder turned
// read-only): private folders on other disks, looked at again by `talkturn resume`.
import os from 'node:os';
import path from 'node:path';
import { findInterruptedSessions, type InterruptedSession } from './journal.js';
import type { FsLayer } from './fs-layer.js';

/**
 * The rescue folders, in the order tried: beside the settings (usually the home disk), then a
 * folder of this user's own in the system's temporary folder (often memory: it lasts until the
 * computer restarts). Each is made 0700, and its journal folder too.
 */
export function rescueDirs(configDir: string): string[] {
  const user =
    typeof process.getuid === 'function' ? String(process.getuid()) : os.userInfo().username;
  return [path.join(configDir, 'rescue'), path.join(os.tmpdir(), `talkturn-${user}`, 'rescue')];
}

/**
 * Unfinished sessions in the notes folder and the rescue folders, newest first. A session moved
 * to a rescue folder may have left an older copy behind (its folder could not even be cleaned):
 * only the newest copy of each session is listed.
 */
export function findUnfinishedSessions(
  notesDir: string,
  rescue: readonly string[],
  options: { fs?: FsLayer } = {},
): InterruptedSession[] {
  const newest = new Map<string, InterruptedSession>();
  for (const dir of [notesDir, ...rescue]) {
    for (const session of findInterruptedSessions(dir, options)) {
      const seen = newest.get(session.id);
      if (!seen || (session.ok && (!seen.ok || session.modifiedMs > seen.modifiedMs))) {
        newest.set(session.id, session);
      }
    }
  }
  return [...newest.values()].sort((a, b) => b.modifiedMs - a.modifiedMs);
}
