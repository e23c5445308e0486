import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  candidateName,
  ensurePrivateDir,
  failNth,
  faultyFs,
  localStamp,
  nodeFs,
  NotesError,
  sanitizeDeckId,
  saveSession,
  sessionFileStem,
  sweepTempFiles,
  writeAll,
  writeFileAtomic,
  writeNewFileAtomic,
  type Fault,
  type FsLayer,
} from '../../src/notes/index.js';
import { completedState, config, modeOf, tempDir } from './fixtures.js';

const FAULTS: Fault[] = ['ENOSPC', 'EROFS', 'EACCES', 'EIO', 'EDQUOT', 'short', 'zero'];
const CODE: Record<Fault, string> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'permission',
  EPERM: 'permission',
  EIO: 'io',
  short: 'ok',
  zero: 'disk-full',
};

let dir: string;
let savedUmask: number;

beforeEach(() => {
  dir = tempDir();
  savedUmask = process.umask();
});

afterEach(() => {
  process.umask(savedUmask);
  fs.rmSync(dir, { recursive: true, force: true });
});

const OLD = 'the old notes, complete\n';
const NEW = `${'the new notes, every byte of them. '.repeat(3000)}end\n`;
const TEMP = /^\..*\.tmp$/;

/** How many write-ish calls an operation makes when nothing fails. */
function callsOf(run: (fsl: FsLayer) => void): number {
  const counter = faultyFs(nodeFs, () => null);
  run(counter);
  return counter.count;
}

describe('writeFileAtomic', () => {
  it('writes a file 0600 whatever the umask, and replaces an old one whole', () => {
    process.umask(0o000);
    const file = path.join(dir, 'notes.md');
    writeFileAtomic(file, OLD);
    expect(modeOf(file)).toBe(0o600);
    process.umask(0o277);
    writeFileAtomic(file, NEW);
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    expect(modeOf(file)).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['notes.md']);
  });

  for (const sticky of [false, true]) {
    for (const fault of FAULTS) {
      it(`failing call k with ${fault}${sticky ? ' (and every later one)' : ''}, for every k: old or new, never partial`, () => {
        const file = path.join(dir, 'notes.md');
        const total = callsOf((fsl) => {
          fs.writeFileSync(file, OLD);
          writeFileAtomic(file, NEW, { fs: fsl });
        });
        expect(total).toBeGreaterThan(5);
        const outcomes = new Set<string>();
        for (let k = 1; k <= total + 1; k++) {
          fs.writeFileSync(file, OLD);
          const fsl = faultyFs(nodeFs, failNth(k, fault, { sticky }));
          let error: unknown = null;
          try {
            writeFileAtomic(file, NEW, { fs: fsl });
          } catch (e) {
            error = e;
          }
          const content = fs.readFileSync(file, 'utf8');
          expect([OLD, NEW], `k=${k}`).toContain(content);
          expect(fs.readdirSync(dir), `k=${k}: no temp file left`).toEqual(['notes.md']);
          if (error) {
            expect(error).toBeInstanceOf(NotesError);
            expect((error as NotesError).code).toBe(CODE[fault]);
            expect(content, `k=${k}: a failure leaves the old file`).toBe(OLD);
            outcomes.add('failed');
          } else {
            expect(content).toBe(NEW);
            outcomes.add('written');
          }
        }
        // The fault really bit (except a short write, which is only retried).
        expect(outcomes.has('failed')).toBe(fault !== 'short');
        expect(outcomes.has('written')).toBe(true);
      });
    }
  }

  it('says a full disk in one plain sentence', () => {
    const fsl = faultyFs(nodeFs, (call) => (call.op === 'write' ? 'ENOSPC' : null));
    const file = path.join(dir, 'notes.md');
    expect(() => writeFileAtomic(file, NEW, { fs: fsl })).toThrow(
      'The disk is full, so the notes could not be saved. Your words are still here: free some space or choose another folder.',
    );
    try {
      writeFileAtomic(file, NEW, { fs: fsl });
    } catch (error) {
      expect(error).toMatchObject({
        code: 'disk-full',
        sysCode: 'ENOSPC',
        path: file,
        exitCode: 1,
      });
    }
  });
});

describe('writeAll', () => {
  it('loops over short writes and refuses a write that makes no progress', () => {
    const file = path.join(dir, 'f');
    const fd = fs.openSync(file, 'w');
    let calls = 0;
    const halving = faultyFs(nodeFs, () => 'short');
    const data = Buffer.from('x'.repeat(1000));
    writeAll({ ...halving, write: (...args) => (calls++, halving.write(...args)) }, fd, data, 0);
    expect(calls).toBeGreaterThan(5);
    expect(fs.readFileSync(file, 'utf8')).toBe(data.toString());
    const stuck = faultyFs(nodeFs, () => 'zero');
    expect(() => writeAll(stuck, fd, data, 0)).toThrow(/ESHORTWRITE/);
    fs.closeSync(fd);
  });
});

describe('ensurePrivateDir', () => {
  it('creates every missing folder 0700 under a permissive umask, and leaves existing ones be', () => {
    process.umask(0o000);
    const parent = path.join(dir, 'home');
    fs.mkdirSync(parent, { mode: 0o755 });
    fs.chmodSync(parent, 0o755);
    const notes = path.join(parent, 'a', 'b', 'sessions');
    const created = ensurePrivateDir(notes);
    expect(created).toEqual([path.join(parent, 'a'), path.join(parent, 'a', 'b'), notes]);
    for (const folder of created) expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(parent)).toBe(0o755);
    expect(ensurePrivateDir(notes)).toEqual([]);
  });

  it('sets 0700 even when the umask takes the owner bits', () => {
    process.umask(0o277);
    const notes = path.join(dir, 'x', 'y');
    ensurePrivateDir(notes);
    expect(modeOf(path.join(dir, 'x'))).toBe(0o700);
    expect(modeOf(notes)).toBe(0o700);
  });

  it('reports a file in the way, or a refused folder, as a NotesError', () => {
    fs.writeFileSync(path.join(dir, 'file'), '');
    expect(() => ensurePrivateDir(path.join(dir, 'file'))).toThrow(
      expect.objectContaining({ code: 'not-a-folder' }),
    );
    expect(() => ensurePrivateDir(path.join(dir, 'file', 'below'))).toThrow(NotesError);
    const refusing = faultyFs(nodeFs, failNth(1, 'EACCES'));
    expect(() => ensurePrivateDir(path.join(dir, 'new'), { fs: refusing })).toThrow(
      expect.objectContaining({ code: 'permission' }),
    );
  });
});

describe('file names', () => {
  it('sanitizes deck ids for any file system', () => {
    expect(sanitizeDeckId('trust-basics')).toBe('trust-basics');
    expect(sanitizeDeckId('Trust Basics!')).toBe('trust-basics');
    expect(sanitizeDeckId('../../etc/passwd')).toBe('etc-passwd');
    expect(sanitizeDeckId('Vertrauen Über Alles')).toBe('vertrauen-uber-alles');
    expect(sanitizeDeckId('CON')).toBe('con');
    expect(sanitizeDeckId('💛')).toBe('session');
    expect(sanitizeDeckId('')).toBe('session');
    expect(sanitizeDeckId('a'.repeat(200))).toHaveLength(60);
    expect(sanitizeDeckId('my.deck.v2')).toBe('my.deck.v2');
  });

  it('takes the local wall-clock time as written with its offset', () => {
    expect(localStamp('2026-11-24T18:05:00+01:00')).toBe('2026-11-24-1805');
    expect(localStamp('2026-01-02T03:04:05.678-08:00')).toBe('2026-01-02-0304');
    const utc = new Date('2026-11-24T18:05:00Z');
    const local =
      `${utc.getFullYear()}-${String(utc.getMonth() + 1).padStart(2, '0')}-` +
      `${String(utc.getDate()).padStart(2, '0')}-${String(utc.getHours()).padStart(2, '0')}` +
      `${String(utc.getMinutes()).padStart(2, '0')}`;
    expect(localStamp('2026-11-24T18:05:00Z')).toBe(local);
    expect(localStamp('not a date', new Date(2026, 0, 5, 7, 8))).toBe('2026-01-05-0708');
  });

  it('names a session YYYY-MM-DD-HHMM-<deck>.md, then -2, -3', () => {
    const stem = sessionFileStem(config());
    expect(stem).toBe('2026-11-24-1805-trust-basics');
    expect(candidateName(stem, 1)).toBe('2026-11-24-1805-trust-basics.md');
    expect(candidateName(stem, 2)).toBe('2026-11-24-1805-trust-basics-2.md');
  });
});

describe('writeNewFileAtomic and saveSession', () => {
  const name = (n: number) => candidateName('2026-11-24-1805-trust-basics', n);

  it('never overwrites: the next free suffix is taken', () => {
    fs.writeFileSync(path.join(dir, name(1)), OLD);
    fs.writeFileSync(path.join(dir, name(2)), OLD);
    const file = writeNewFileAtomic(dir, name, NEW);
    expect(path.basename(file)).toBe(name(3));
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    expect(fs.readFileSync(path.join(dir, name(1)), 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dir).filter((f) => TEMP.test(f))).toEqual([]);
  });

  it('saveSession writes the notes 0600 in a 0700 folder under umask 0, never twice to one name', () => {
    process.umask(0o000);
    const notesDir = path.join(dir, 'talkturn', 'sessions');
    const state = completedState();
    const first = saveSession({ state, notesDir });
    const second = saveSession({ state, notesDir });
    expect(path.basename(first.path)).toBe('2026-11-24-1805-trust-basics.md');
    expect(path.basename(second.path)).toBe('2026-11-24-1805-trust-basics-2.md');
    expect(modeOf(first.path)).toBe(0o600);
    expect(modeOf(notesDir)).toBe(0o700);
    expect(modeOf(path.dirname(notesDir))).toBe(0o700);
    expect(fs.readFileSync(first.path, 'utf8')).toMatch(/^---\ntalkturn: 2\n/);
  });

  it('works where hard links are refused, reserving the name with O_EXCL', () => {
    fs.writeFileSync(path.join(dir, name(1)), OLD);
    const noLinks = faultyFs(nodeFs, (call) => (call.op === 'link' ? 'EPERM' : null));
    const file = writeNewFileAtomic(dir, name, NEW, { fs: noLinks });
    expect(path.basename(file)).toBe(name(2));
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    expect(fs.readdirSync(dir).sort()).toEqual([name(1), name(2)].sort());
  });

  for (const links of [true, false]) {
    for (const fault of ['ENOSPC', 'EIO', 'short', 'zero'] as Fault[]) {
      it(`${links ? 'link' : 'O_EXCL'} path, ${fault} at call k, for every k: the existing note untouched, a new one whole or none`, () => {
        const base = links
          ? nodeFs
          : faultyFs(nodeFs, (call) => (call.op === 'link' ? 'EPERM' : null));
        const reset = () => {
          for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
          fs.writeFileSync(path.join(dir, name(1)), OLD);
        };
        reset();
        const total = callsOf((fsl) => writeNewFileAtomic(dir, name, NEW, { fs: fsl }));
        for (let k = 1; k <= total + 1; k++) {
          reset();
          const fsl = faultyFs(base, failNth(k, fault, { ops: undefined }));
          let file: string | null = null;
          try {
            file = writeNewFileAtomic(dir, name, NEW, { fs: fsl });
          } catch (error) {
            expect(error).toBeInstanceOf(NotesError);
          }
          expect(fs.readFileSync(path.join(dir, name(1)), 'utf8')).toBe(OLD);
          const failedCall = fsl.calls.find((c) => c.fault !== null);
          const leftovers = fs.readdirSync(dir).filter((f) => TEMP.test(f));
          if (file) {
            expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
            // The one leftover allowed: the temp name of a note already in place, when
            // unlinking it was the call that failed (swept by a later process).
            if (leftovers.length) {
              expect(failedCall?.op).toBe('unlink');
              expect(fs.readFileSync(path.join(dir, leftovers[0] ?? ''), 'utf8')).toBe(NEW);
            }
          } else {
            expect(fs.readdirSync(dir)).toEqual([name(1)]);
          }
        }
      });
    }
  }

  it('sweeps temp files left by a dead process, never a live one', () => {
    const dead = path.join(dir, `.${name(1)}.999999999.0badc0de.tmp`);
    const mine = path.join(dir, `.${name(1)}.${process.pid}.0badc0de.tmp`);
    fs.writeFileSync(dead, 'half');
    fs.writeFileSync(mine, 'in flight');
    fs.writeFileSync(path.join(dir, '.obsidian'), '');
    expect(sweepTempFiles(dir)).toBe(1);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(mine)).toBe(true);
  });

  it('a read-only or refusing folder is a NotesError naming what to do', () => {
    const readOnly = faultyFs(nodeFs, (call) => (call.op === 'open' ? 'EROFS' : null));
    expect(() => saveSession({ state: completedState(), notesDir: dir, fs: readOnly })).toThrow(
      'The notes folder is on a read-only disk, so the notes could not be saved. Your words are still here: choose another folder.',
    );
    const refusing = faultyFs(nodeFs, (call) => (call.op === 'open' ? 'EACCES' : null));
    expect(() => saveSession({ state: completedState(), notesDir: dir, fs: refusing })).toThrow(
      expect.objectContaining({ code: 'permission', action: 'save' }),
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
