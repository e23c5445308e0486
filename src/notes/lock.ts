// A lock file that keeps a second terminal from writing the same session's journal.
// Created with O_EXCL and holding {pid, host}; a lock whose process is gone is stale and is
// taken over. Taking over is itself done under a second lock (`<lock>.break`, made the same
// way), and the stale lock is read again under it: two resumes of one crashed session at the
// same instant cannot both break it, as one would otherwise remove the other's fresh lock.
// Why it holds: only a `.break` holder removes a stale lock, and while one stands nobody else
// can make a lock in its place; so what the holder read stale is still what it removes. A lock
// found gone under `.break` is left alone (someone may be making theirs that instant).
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

/** What a lock or `.break` of ours holds. */
const ownContent = () =>
  Buffer.from(`${JSON.stringify({ pid: process.pid, host: os.hostname() })}\n`);

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
  const content = ownContent();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createWhole(path, content, fsl);
    } catch (error) {
      if (sysCodeOf(error) !== 'EEXIST') throw toNotesError(error, 'autosave', path);
      // A lock without a readable pid (its writer was killed mid-way) is stale too.
      const live = livePidHolding(path, fsl);
      if (live !== null && !options.takeOver) throw lockedError(live, path);
      breakLock(path, fsl, options.takeOver === true);
      continue;
    }
    return { path, release: () => releaseLock(path, fsl) };
  }
  throw lockedError(livePidHolding(path, fsl), path);
}

/**
 * Creates `path` holding `content`, or fails with EEXIST. The lock appears whole: written to a
 * file of its own first, then linked into place, so another process never finds it empty (an
 * empty lock reads as stale, and would be broken while its maker is still writing it). Where
 * the file system has no hard links, it is created in place as before.
 */
function createWhole(path: string, content: Buffer, fsl: FsLayer): void {
  const draft = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.new`;
  let fd: number;
  try {
    fd = fsl.open(draft, O.O_WRONLY | O.O_CREAT | O.O_EXCL, FILE_MODE);
  } catch {
    return createInPlace(path, content, fsl);
  }
  try {
    try {
      writeAll(fsl, fd, content, 0);
    } finally {
      fsl.close(fd);
    }
    try {
      fsl.link(draft, path);
    } catch (error) {
      const code = sysCodeOf(error);
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') {
        createInPlace(path, content, fsl);
      } else {
        throw error;
      }
    }
  } finally {
    unlinkQuietly(fsl, draft);
  }
}

function createInPlace(path: string, content: Buffer, fsl: FsLayer): void {
  const fd = fsl.open(path, O.O_WRONLY | O.O_CREAT | O.O_EXCL, FILE_MODE);
  try {
    writeAll(fsl, fd, content, 0);
  } catch (error) {
    try {
      fsl.close(fd);
    } catch {
      // Already failing.
    }
    unlinkQuietly(fsl, path);
    throw toNotesError(error, 'autosave', path);
  }
  try {
    fsl.close(fd);
  } catch {
    // The lock's content is in place; closing a descriptor loses nothing.
  }
}

/**
 * Removes a stale lock (or, with `takeOver`, a live one the person said is gone), under the
 * `.break` lock, after reading it again there. Whoever does not get `.break` tries the lock
 * again (and finds the winner's). A `.break` left by a process killed right there is stale too.
 */
function breakLock(path: string, fsl: FsLayer, takeOver: boolean): void {
  const breaker = `${path}.break`;
  try {
    createWhole(breaker, ownContent(), fsl);
  } catch (error) {
    if (sysCodeOf(error) !== 'EEXIST') throw toNotesError(error, 'autosave', breaker);
    if (isStaleBreaker(breaker, fsl)) unlinkQuietly(fsl, breaker);
    return;
  }
  try {
    // Gone: its breaker has removed it, and may be making its own lock right now.
    if (!exists(path, fsl)) return;
    const live = livePidHolding(path, fsl);
    if (live !== null && !takeOver) return;
    try {
      fsl.unlink(path);
    } catch (error) {
      if (sysCodeOf(error) !== 'ENOENT') throw toNotesError(error, 'autosave', path);
    }
  } finally {
    unlinkQuietly(fsl, breaker);
  }
}

/**
 * A `.break` of a dead process, or one without its pid for longer than a moment (only where
 * the disk has no hard links can it be seen half made). Read once: reading twice could judge
 * the next holder's by the last one's.
 */
function isStaleBreaker(breaker: string, fsl: FsLayer): boolean {
  const info = readLock(breaker, fsl);
  if (info !== null) {
    if (info.host && info.host !== os.hostname()) return false;
    return !isProcessAlive(info.pid);
  }
  try {
    return Date.now() - fsl.stat(breaker).mtimeMs > 2000;
  } catch {
    return false;
  }
}

function exists(file: string, fsl: FsLayer): boolean {
  try {
    fsl.stat(file);
    return true;
  } catch (error) {
    return sysCodeOf(error) !== 'ENOENT';
  }
}

function unlinkQuietly(fsl: FsLayer, file: string): void {
  try {
    fsl.unlink(file);
  } catch {
    // Gone already.
  }
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
