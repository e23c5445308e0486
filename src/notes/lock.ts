// A lock file that keeps a second terminal from writing the same session's journal.
// Created with O_EXCL and holding {pid, host}; a lock whose process is gone is stale and is
// taken over. Known limit: two processes taking over the same stale lock in the same instant
// can both succeed (the window is between re-reading and unlinking, microseconds wide).
import os from 'node:os';
import { lockedError, sysCodeOf, toNotesError } from './errors.js';
import { nodeFs, O, type FsLayer } from './fs-layer.js';
import { isProcessAlive } from './pid.js';
import { FILE_MODE, writeAll } from './safe-write.js';

export interface LockInfo {
  pid: number;
  host: string;
}

export interface Lock {
  readonly path: string;
  release(): void;
}

export function readLock(path: string, fsl: FsLayer = nodeFs): LockInfo | null {
  try {
    const data = JSON.parse(fsl.readFile(path).toString('utf8')) as Partial<LockInfo>;
    if (typeof data.pid !== 'number') return null;
    return { pid: data.pid, host: typeof data.host === 'string' ? data.host : '' };
  } catch {
    return null;
  }
}

/** The pid holding the lock at `path`, when that process is alive (or on another machine). */
export function livePidHolding(path: string, fsl: FsLayer = nodeFs): number | null {
  const info = readLock(path, fsl);
  if (!info) return null;
  if (info.host && info.host !== os.hostname()) return info.pid;
  return isProcessAlive(info.pid) ? info.pid : null;
}

/**
 * Takes the lock or throws a NotesError: `locked` when a live process holds it (unless
 * `takeOver`, for when the person says the other terminal is gone), or the file error.
 */
export function acquireLock(
  path: string,
  options: { fs?: FsLayer; takeOver?: boolean } = {},
): Lock {
  const fsl = options.fs ?? nodeFs;
  const content = Buffer.from(`${JSON.stringify({ pid: process.pid, host: os.hostname() })}\n`);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = fsl.open(path, O.O_WRONLY | O.O_CREAT | O.O_EXCL, FILE_MODE);
    } catch (error) {
      if (sysCodeOf(error) !== 'EEXIST') throw toNotesError(error, 'autosave', path);
      // A lock without a readable pid (its writer was killed mid-way) is stale too.
      const live = livePidHolding(path, fsl);
      if (live !== null && !options.takeOver) throw lockedError(live, path);
      try {
        fsl.unlink(path);
      } catch (unlinkError) {
        if (sysCodeOf(unlinkError) !== 'ENOENT') throw toNotesError(unlinkError, 'autosave', path);
      }
      continue;
    }
    try {
      writeAll(fsl, fd, content, 0);
    } catch (error) {
      try {
        fsl.close(fd);
      } catch {
        // Already failing.
      }
      try {
        fsl.unlink(path);
      } catch {
        // Best effort: a lock without a pid reads as stale.
      }
      throw toNotesError(error, 'autosave', path);
    }
    try {
      fsl.close(fd);
    } catch {
      // The lock's content is in place; closing a descriptor loses nothing.
    }
    return { path, release: () => releaseLock(path, fsl) };
  }
  throw lockedError(livePidHolding(path, fsl), path);
}

/** Removes the lock if it is still ours. */
function releaseLock(path: string, fsl: FsLayer): void {
  const info = readLock(path, fsl);
  if (info && (info.pid !== process.pid || (info.host && info.host !== os.hostname()))) return;
  try {
    fsl.unlink(path);
  } catch {
    // Gone already, or the disk is read-only now: a lock of a dead pid reads as stale.
  }
}
