// The few file-system calls the notes need, behind an interface so tests can inject faults.
// Synchronous on purpose: a signal handler (SIGTERM, SIGHUP) must be able to finish a save or
// a journal flush before the process exits, and the writes involved are small.
import fs from 'node:fs';
import { sysError } from './errors.js';

export interface FsStats {
  mode: number;
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FsLayer {
  open(path: string, flags: number, mode?: number): number;
  /** Writes up to `length` bytes; returns how many were written (possibly fewer). */
  write(
    fd: number,
    data: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): number;
  fsync(fd: number): void;
  fdatasync(fd: number): void;
  fchmod(fd: number, mode: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  link(existing: string, newPath: string): void;
  unlink(path: string): void;
  /** Creates one folder (not its parents). */
  mkdir(path: string, mode: number): void;
  chmod(path: string, mode: number): void;
  readdir(path: string): string[];
  stat(path: string): FsStats;
  /** The entry itself, not what a link points to; layers without it skip the link checks. */
  lstat?(path: string): FsStats & { uid: number; isSymbolicLink(): boolean };
  readFile(path: string): Buffer;
}

export const O = fs.constants;

export const nodeFs: FsLayer = {
  open: (path, flags, mode) => fs.openSync(path, flags, mode),
  write: (fd, data, offset, length, position) => fs.writeSync(fd, data, offset, length, position),
  fsync: (fd) => fs.fsyncSync(fd),
  fdatasync: (fd) => fs.fdatasyncSync(fd),
  fchmod: (fd, mode) => fs.fchmodSync(fd, mode),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  link: (existing, newPath) => fs.linkSync(existing, newPath),
  unlink: (path) => fs.unlinkSync(path),
  mkdir: (path, mode) => fs.mkdirSync(path, { mode }),
  chmod: (path, mode) => fs.chmodSync(path, mode),
  readdir: (path) => fs.readdirSync(path),
  stat: (path) => fs.statSync(path),
  lstat: (path) => fs.lstatSync(path),
  readFile: (path) => fs.readFileSync(path),
};

// ---- Fault injection, SQLite-style: fail the k-th call that changes the disk ----

/** Calls that change the disk (or its durability); reads are never failed. */
export type WriteOp =
  | 'open'
  | 'write'
  | 'fsync'
  | 'fdatasync'
  | 'fchmod'
  | 'close'
  | 'rename'
  | 'link'
  | 'unlink'
  | 'mkdir'
  | 'chmod';

/**
 * A system error code to throw, or a write that goes wrong without throwing: `short` writes
 * half of what was asked and reports it, `zero` writes nothing and reports 0.
 */
export type Fault = 'ENOSPC' | 'EROFS' | 'EACCES' | 'EPERM' | 'EIO' | 'EDQUOT' | 'short' | 'zero';

export interface FsCall {
  /** 1-based position among the write-ish calls so far. */
  n: number;
  op: WriteOp;
  path?: string;
}

export interface FaultyFs extends FsLayer {
  /** Every write-ish call made, in order, and the fault given to it if any. */
  readonly calls: ReadonlyArray<FsCall & { fault: Fault | null }>;
  /** How many write-ish calls have been made. */
  readonly count: number;
}

const WRITE_FLAGS = O.O_WRONLY | O.O_RDWR | O.O_CREAT | O.O_TRUNC | O.O_APPEND;

/**
 * Wraps a layer so that `decide` can fail any write-ish call. Opening only to read (as for
 * syncing a folder) is not write-ish. A failed `close` still closes, as the kernel does.
 */
export function faultyFs(base: FsLayer, decide: (call: FsCall) => Fault | null): FaultyFs {
  const calls: Array<FsCall & { fault: Fault | null }> = [];
  const paths = new Map<number, string>();

  function check(op: WriteOp, path?: string): Fault | null {
    const call: FsCall = { n: calls.length + 1, op, ...(path === undefined ? {} : { path }) };
    const fault = decide(call);
    calls.push({ ...call, fault });
    if (fault && fault !== 'short' && fault !== 'zero') {
      throw sysError(fault, `injected fault on ${op} (call ${call.n})`);
    }
    return fault;
  }

  return {
    get calls() {
      return calls;
    },
    get count() {
      return calls.length;
    },
    open(path, flags, mode) {
      if (flags & WRITE_FLAGS) check('open', path);
      const fd = base.open(path, flags, mode);
      paths.set(fd, path);
      return fd;
    },
    write(fd, data, offset, length, position) {
      const fault = check('write', paths.get(fd));
      if (fault === 'zero') return 0;
      if (fault === 'short' && length > 1) {
        return base.write(fd, data, offset, Math.floor(length / 2), position);
      }
      return base.write(fd, data, offset, length, position);
    },
    fsync(fd) {
      check('fsync', paths.get(fd));
      base.fsync(fd);
    },
    fdatasync(fd) {
      check('fdatasync', paths.get(fd));
      base.fdatasync(fd);
    },
    fchmod(fd, mode) {
      check('fchmod', paths.get(fd));
      base.fchmod(fd, mode);
    },
    close(fd) {
      const path = paths.get(fd);
      paths.delete(fd);
      try {
        check('close', path);
      } finally {
        base.close(fd);
      }
    },
    rename(from, to) {
      check('rename', to);
      base.rename(from, to);
    },
    link(existing, newPath) {
      check('link', newPath);
      base.link(existing, newPath);
    },
    unlink(path) {
      check('unlink', path);
      base.unlink(path);
    },
    mkdir(path, mode) {
      check('mkdir', path);
      base.mkdir(path, mode);
    },
    chmod(path, mode) {
      check('chmod', path);
      base.chmod(path, mode);
    },
    readdir: (path) => base.readdir(path),
    ...(base.lstat ? { lstat: (path: string) => base.lstat!(path) } : {}),
    stat: (path) => base.stat(path),
    readFile: (path) => base.readFile(path),
  };
}

/**
 * Fails the k-th write-ish call (1-based). With `sticky`, every later call that needs space
 * fails too, as a full disk stays full (unlink, close and chmod still work, as they do there).
 * `ops` limits which calls count.
 */
export function failNth(
  k: number,
  fault: Fault,
  options: { sticky?: boolean; ops?: readonly WriteOp[] } = {},
): (call: FsCall) => Fault | null {
  let seen = 0;
  let failed = false;
  const counts = (op: WriteOp) => !options.ops || options.ops.includes(op);
  const freeing: readonly WriteOp[] = ['unlink', 'close', 'chmod', 'fchmod'];
  return (call) => {
    if (!counts(call.op)) return null;
    seen += 1;
    if (seen === k) {
      failed = true;
      return fault;
    }
    if (failed && options.sticky && !freeing.includes(call.op)) return fault;
    return null;
  };
}
