// Deleting a file for real, as far as a program can: its bytes are overwritten with zeros and
// synced to the disk before the name is removed, so the words are not simply left in free space
// for an undelete tool to find.
//
// Best effort, and said so in the README: on an SSD the drive's controller writes the zeros to
// fresh flash cells and erases the old ones only later (wear levelling), and on copy-on-write
// file systems (APFS, Btrfs, ZFS) or under snapshots and backups (Time Machine, a synced
// folder) the old blocks stay where they were until reused. Only full-disk encryption (or an
// encrypted note) makes old blocks unreadable for sure.
import { sysCodeOf } from '../notes/errors.js';
import { O, type FsLayer } from '../notes/fs-layer.js';
import { writeAll } from '../notes/safe-write.js';

const CHUNK = 64 * 1024;

/** Not following a symbolic link: the link is removed, never the file it points to. */
const NO_FOLLOW = O.O_NOFOLLOW ?? 0;

export type ShredResult =
  /**
   * Removed; `overwritten` is false when its bytes could not be zeroed first (a symbolic link,
   * a read-only file…), `gone` when it had already been removed by someone else.
   */
  { ok: true; overwritten: boolean; gone?: true } | { ok: false; error: unknown };

/** Overwrites `file` with zeros, syncs it, then unlinks it. Never throws. */
export function shredFile(fsl: FsLayer, file: string): ShredResult {
  const overwritten = overwriteWithZeros(fsl, file);
  try {
    fsl.unlink(file);
  } catch (error) {
    if (sysCodeOf(error) === 'ENOENT') return { ok: true, overwritten: false, gone: true };
    return { ok: false, error };
  }
  return { ok: true, overwritten };
}

function overwriteWithZeros(fsl: FsLayer, file: string): boolean {
  let size: number;
  let fd: number;
  try {
    const stats = fsl.stat(file);
    if (!stats.isFile()) return false;
    size = stats.size;
    fd = fsl.open(file, O.O_WRONLY | NO_FOLLOW);
  } catch {
    return false;
  }
  let done = false;
  try {
    const zeros = new Uint8Array(Math.min(CHUNK, Math.max(size, 1)));
    for (let at = 0; at < size; at += zeros.length) {
      writeAll(fsl, fd, zeros.subarray(0, Math.min(zeros.length, size - at)), at);
    }
    fsl.fsync(fd);
    done = true;
  } catch {
    done = false;
  } finally {
    try {
      fsl.close(fd);
    } catch {
      // The zeros were synced (or not, and that is already known).
    }
  }
  return done;
}
