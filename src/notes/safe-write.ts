// Writes that never leave a half-written file where a good one was.
// Every final file goes: temp file in the same folder (0600, O_EXCL) -> every byte written,
// the count checked -> fsync -> close -> rename (or link, for a name that must be new) ->
// fsync the folder. On any failure the temp file is removed and the target is untouched.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  notPrivateError,
  NotesError,
  sysCodeOf,
  sysError,
  toNotesError,
  type NotesAction,
} from './errors.js';
import { nodeFs, O, type FsLayer, type FsStats } from './fs-layer.js';
import { isProcessAlive } from './pid.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Writes all of `bytes`, looping over short writes. A write that makes no progress is an error:
 * Node reports a short write on a full disk as success, so the count is the only signal.
 */
export function writeAll(
  fsl: FsLayer,
  fd: number,
  bytes: Uint8Array,
  position: number | null = null,
): void {
  let done = 0;
  while (done < bytes.length) {
    const n = fsl.write(
      fd,
      bytes,
      done,
      bytes.length - done,
      position === null ? null : position + done,
    );
    if (!Number.isInteger(n) || n <= 0 || n > bytes.length - done) {
      throw sysError('ESHORTWRITE', `wrote ${n} of ${bytes.length - done} bytes`);
    }
    done += n;
  }
}

/** Best effort: makes a rename or link durable. Some systems cannot sync a folder; that is fine. */
export function syncDir(dir: string, fsl: FsLayer = nodeFs): void {
  let fd: number;
  try {
    fd = fsl.open(dir, O.O_RDONLY);
  } catch {
    return;
  }
  try {
    fsl.fsync(fd);
  } catch {
    // EINVAL/EISDIR/EPERM where folders cannot be synced; the file itself was synced.
  } finally {
    try {
      fsl.close(fd);
    } catch {
      // Closing a read-only descriptor loses nothing.
    }
  }
}

function tryUnlink(fsl: FsLayer, file: string): void {
  try {
    fsl.unlink(file);
  } catch {
    // Cleanup only; the error that matters is the one being thrown.
  }
}

function tempPathFor(dir: string, base: string): string {
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `bytes` to a new temp file next to where it will live, synced and closed. */
function writeTemp(dir: string, base: string, bytes: Uint8Array, fsl: FsLayer): string {
  let temp = tempPathFor(dir, base);
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    try {
      fd = fsl.open(temp, O.O_WRONLY | O.O_CREAT | O.O_EXCL, FILE_MODE);
    } catch (error) {
      if (sysCodeOf(error) !== 'EEXIST' || attempt >= 5) throw error;
      temp = tempPathFor(dir, base);
    }
  }
  try {
    try {
      // The umask may have taken bits from 0600; set exactly 0600. File systems without
      // permissions (FAT on a USB stick) refuse, and there is nothing to fix there.
      fsl.fchmod(fd, FILE_MODE);
    } catch (error) {
      const code = sysCodeOf(error);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    }
    writeAll(fsl, fd, bytes, 0);
    fsl.fsync(fd);
  } catch (error) {
    try {
      fsl.close(fd);
    } catch {
      // Already failing.
    }
    tryUnlink(fsl, temp);
    throw error;
  }
  try {
    fsl.close(fd);
  } catch (error) {
    tryUnlink(fsl, temp);
    throw error;
  }
  return temp;
}

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

export interface WriteOptions {
  fs?: FsLayer;
  /** What the write is for, so an error says what was lost. */
  action?: NotesAction;
}

/**
 * Folders talkturn writes into are never reached through a link it did not make, and are
 * private. A folder of talkturn's own (`own`: the journal's) must be a real folder; the notes
 * folder may be a link, but only to a folder of this user that nobody else can open. A real
 * folder of this user that others can open is made private (0700); someone else's that others
 * can change is refused with one sentence. Only the folder itself is looked at: its parents are the person's own.
 */
function checkPrivate(dir: string, fsl: FsLayer, action: NotesAction, own: boolean): void {
  if (!fsl.lstat) return;
  const entry = fsl.lstat(dir);
  const uid = process.getuid?.();
  const ours = (owner: number) => uid === undefined || owner === uid;
  if (entry.isSymbolicLink()) {
    if (own) throw notPrivateError(dir, action);
    const target = fsl.stat(dir) as FsStats & { uid?: number };
    if ((target.mode & 0o077) !== 0 || !ours(target.uid ?? uid ?? 0)) {
      throw notPrivateError(dir, action);
    }
    return;
  }
  if ((entry.mode & 0o077) === 0) return;
  if (!ours(entry.uid)) {
    // Someone else's folder that others may change is refused; one they may not is left to the
    // system (writing there fails as not allowed, unless this user may).
    if ((entry.mode & 0o022) !== 0) throw notPrivateError(dir, action);
    return;
  }
  try {
    fsl.chmod(dir, DIR_MODE);
  } catch (error) {
    const code = sysCodeOf(error);
    // Where folders have no permissions (FAT), there is nothing to make private.
    if (code !== 'EPERM' && code !== 'ENOTSUP') throw toNotesError(error, action, dir);
  }
}

/** Replaces `file` atomically with `data`: afterwards it holds the old content or all the new. */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): void {
  const fsl = options.fs ?? nodeFs;
  const dir = path.dirname(file);
  try {
    const temp = writeTemp(dir, path.basename(file), toBytes(data), fsl);
    try {
      fsl.rename(temp, file);
    } catch (error) {
      tryUnlink(fsl, temp);
      throw error;
    }
    syncDir(dir, fsl);
  } catch (error) {
    throw toNotesError(error, options.action ?? 'save', file);
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes `data` under the first name `nameFor(1)`, `nameFor(2)`… in `dir` that does not exist
 * yet, and returns its path. The name is claimed atomically at the end (a hard link from the
 * synced temp file fails with EEXIST when taken), so two sessions saving at the same moment
 * never overwrite each other. Where hard links are not supported the name is reserved with
 * O_EXCL and the temp file renamed over the reservation.
 */
export function writeNewFileAtomic(
  dir: string,
  nameFor: (attempt: number) => string,
  data: string | Uint8Array,
  options: WriteOptions & { maxAttempts?: number } = {},
): string {
  const fsl = options.fs ?? nodeFs;
  const action = options.action ?? 'save';
  const maxAttempts = options.maxAttempts ?? 1000;
  let temp: string;
  try {
    temp = writeTemp(dir, nameFor(1), toBytes(data), fsl);
  } catch (error) {
    throw toNotesError(error, action, path.join(dir, nameFor(1)));
  }
  let useLinks = true;
  let attempt = 1;
  while (attempt <= maxAttempts) {
    const target = path.join(dir, nameFor(attempt));
    try {
      if (useLinks) {
        fsl.link(temp, target);
        // The notes are in place; a temp name left behind by a failed unlink is swept later.
        tryUnlink(fsl, temp);
      } else {
        // A crash between these two calls leaves an empty file under the name; the journal,
        // removed only after this returns, still holds every word.
        const reserved = fsl.open(target, O.O_WRONLY | O.O_CREAT | O.O_EXCL, FILE_MODE);
        try {
          fsl.close(reserved);
          fsl.rename(temp, target);
        } catch (error) {
          tryUnlink(fsl, target);
          throw error;
        }
      }
      syncDir(dir, fsl);
      return target;
    } catch (error) {
      const code = sysCodeOf(error);
      if (code === 'EEXIST') {
        attempt++;
      } else if (useLinks && code && NO_HARD_LINKS.has(code)) {
        useLinks = false;
      } else {
        tryUnlink(fsl, temp);
        throw toNotesError(error, action, target);
      }
    }
  }
  tryUnlink(fsl, temp);
  throw toNotesError(sysError('EEXIST', 'no free name'), action, path.join(dir, nameFor(1)));
}

/**
 * Removes temp files that a killed process left in `dir` (their names hold its pid). Files of
 * live processes, this one included, are left alone. Returns how many were removed.
 */
export function sweepTempFiles(dir: string, fsl: FsLayer = nodeFs): number {
  let names: string[];
  try {
    names = fsl.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || isProcessAlive(pid)) continue;
    try {
      fsl.unlink(path.join(dir, name));
      removed++;
    } catch {
      // Someone else removed it, or we cannot: it is only a hidden leftover.
    }
  }
  return removed;
}

/**
 * `mkdir -p` where every folder we create is 0700 whatever the umask. Parents that already
 * exist (the user's home) keep their mode; the folder itself is made private (see
 * `checkPrivate`). Returns the folders created.
 */
export function ensurePrivateDir(
  dir: string,
  options: WriteOptions & { own?: boolean } = {},
): string[] {
  const fsl = options.fs ?? nodeFs;
  const action = options.action ?? 'folder';
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    try {
      if (!fsl.stat(current).isDirectory()) {
        throw toNotesError(sysError('ENOTDIR', 'not a folder'), action, current);
      }
      break;
    } catch (error) {
      if (error instanceof NotesError) throw error;
      const parent = path.dirname(current);
      if (sysCodeOf(error) !== 'ENOENT' || parent === current) {
        throw toNotesError(error, action, current);
      }
      missing.push(current);
      current = parent;
    }
  }
  const created: string[] = [];
  for (const folder of missing.reverse()) {
    try {
      fsl.mkdir(folder, DIR_MODE);
    } catch (error) {
      // Created by someone else in the meantime: not ours to chmod.
      if (sysCodeOf(error) === 'EEXIST' && isDirectory(fsl, folder)) continue;
      throw toNotesError(error, action, folder);
    }
    try {
      fsl.chmod(folder, DIR_MODE);
    } catch (error) {
      const code = sysCodeOf(error);
      if (code !== 'EPERM' && code !== 'ENOTSUP') throw toNotesError(error, action, folder);
    }
    created.push(folder);
  }
  checkPrivate(path.resolve(dir), fsl, action, options.own === true);
  return created;
}

function isDirectory(fsl: FsLayer, folder: string): boolean {
  try {
    return fsl.stat(folder).isDirectory();
  } catch {
    return false;
  }
}
