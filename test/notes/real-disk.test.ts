// Faults on real disks, where this machine allows: as root on Linux, a small tmpfs gives a real
// full disk and a read-only remount a real EROFS; root ignores permissions, so EACCES is tried
// from a child process running as `nobody`. Skipped, with the reason, where that is not possible.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createJournal,
  ensurePrivateDir,
  NotesError,
  readJournal,
  saveSession,
  writeFileAtomic,
  type Journal,
} from '../../src/notes/index.js';
import { completedState, withAllTexts } from './fixtures.js';
import { mountProblem } from './tmpfs.js';
import { bundleNotes } from './bundle.js';

function nobodyProblem(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return 'running as another user needs root';
  }
  const result = spawnSync(process.execPath, ['-e', 'process.exit(0)'], { uid: 65534, gid: 65534 });
  return result.status === 0 ? null : 'cannot run node as uid 65534 (nobody)';
}

const noMount = mountProblem();
const noNobody = nobodyProblem();

const bigText = 'What I heard is that it hurt more than I knew. '.repeat(100);

describe.skipIf(noMount !== null)(
  `a real full and read-only disk (tmpfs)${noMount ? `: skipped, ${noMount}` : ''}`,
  () => {
    let mnt: string;
    const journals: Journal[] = [];

    const remount = (mode: 'ro' | 'rw') =>
      execFileSync('mount', ['-o', `remount,${mode}`, mnt], { stdio: 'pipe' });

    /** Fills the disk to `leave` bytes free; returns the filler's path. */
    function fill(leave: number): string {
      const filler = path.join(mnt, 'filler');
      const { bavail, bsize } = fs.statfsSync(mnt);
      const size = Math.max(0, bavail * bsize - leave);
      const fd = fs.openSync(filler, 'w');
      try {
        let written = 0;
        const chunk = Buffer.alloc(16 * 1024, 1);
        while (written < size) {
          const n = fs.writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
          if (n <= 0) break;
          written += n;
        }
      } catch {
        // Full already.
      } finally {
        fs.closeSync(fd);
      }
      return filler;
    }

    beforeAll(() => {
      mnt = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-tmpfs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0755', 'tmpfs', mnt], {
        stdio: 'pipe',
      });
    });

    beforeEach(() => {
      for (const journal of journals.splice(0)) journal.close();
      for (const name of fs.readdirSync(mnt)) {
        fs.rmSync(path.join(mnt, name), { recursive: true, force: true });
      }
    });

    afterAll(() => {
      for (const journal of journals.splice(0)) journal.close();
      try {
        execFileSync('umount', [mnt], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['-l', mnt], { stdio: 'pipe' });
      }
      fs.rmdirSync(mnt);
    });

    it('Node reports a short write on a full disk as success: the count is the only sign', () => {
      const filler = fill(8 * 1024);
      const fd = fs.openSync(path.join(mnt, 'probe'), 'w');
      const asked = 64 * 1024;
      const wrote = fs.writeSync(fd, Buffer.alloc(asked));
      fs.closeSync(fd);
      expect(wrote).toBeGreaterThan(0);
      expect(wrote).toBeLessThan(asked);
      fs.rmSync(filler);
    });

    it('a full disk: the save fails plainly, the existing note is untouched, no temp left', () => {
      const notesDir = path.join(mnt, 'sessions');
      const state = withAllTexts(completedState(), bigText);
      const first = saveSession({ state: completedState(), notesDir });
      const before = fs.readFileSync(first.path, 'utf8');
      const filler = fill(16 * 1024);
      let error: unknown;
      try {
        saveSession({ state, notesDir });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NotesError);
      expect(error).toMatchObject({ code: 'disk-full', action: 'save' });
      expect((error as Error).message).toBe(
        'The disk is full, so the notes could not be saved. Your words are still here: free some space or choose another folder.',
      );
      expect(fs.readdirSync(notesDir)).toEqual([path.basename(first.path)]);
      expect(fs.readFileSync(first.path, 'utf8')).toBe(before);
      // Replacing a file in place fails the same way, and keeps the old one whole.
      expect(() => writeFileAtomic(first.path, renderBig())).toThrow(
        expect.objectContaining({ code: 'disk-full' }),
      );
      expect(fs.readFileSync(first.path, 'utf8')).toBe(before);
      expect(fs.readdirSync(notesDir)).toEqual([path.basename(first.path)]);
      // Space again: the same save goes through, whole.
      fs.rmSync(filler);
      const saved = saveSession({ state, notesDir });
      expect(fs.readFileSync(saved.path, 'utf8')).toContain(bigText.trim().slice(0, 200));
      expect(fs.readFileSync(saved.path, 'utf8').endsWith('\n')).toBe(true);
    });

    it('a full disk under the journal: reported once, nothing lost once space is back', () => {
      const errors: NotesError[] = [];
      let recovered = 0;
      const journal = createJournal({
        notesDir: path.join(mnt, 'sessions'),
        config: completedState().config,
        startedAt: 1_000,
        onError: (e) => errors.push(e),
        onRecovered: () => recovered++,
      });
      journals.push(journal);
      journal.event({ type: 'agree', partner: 0, at: 1_100 });
      const filler = fill(0);
      let text = '';
      for (let i = 0; i < 300; i++) {
        text += 'and then I felt ';
        journal.draft('reflect:0:0:0', { text, cursor: text.length }, 2_000 + i);
      }
      journal.event({ type: 'agree', partner: 1, at: 3_000 });
      expect(errors.map((e) => e.code)).toEqual(['disk-full']);
      expect(journal.status().ok).toBe(false);
      fs.rmSync(filler);
      journal.flush();
      expect(recovered).toBe(1);
      const read = readJournal(journal.path);
      if (!read.ok) throw read.error;
      expect(read.events.map((e) => e.at)).toEqual([1_100, 3_000]);
      expect(read.drafts.get('reflect:0:0:0')?.text).toBe(text);
      expect(read.dropped).toBe(0);
    });

    it('a read-only disk: save and autosave say so; autosave catches up once writable', () => {
      const notesDir = path.join(mnt, 'sessions');
      ensurePrivateDir(notesDir);
      remount('ro');
      try {
        expect(() => saveSession({ state: completedState(), notesDir })).toThrow(
          'The notes folder is on a read-only disk, so the notes could not be saved. Your words are still here: choose another folder.',
        );
        expect(() => ensurePrivateDir(path.join(mnt, 'new'))).toThrow(
          expect.objectContaining({ code: 'read-only', sysCode: 'EROFS' }),
        );
        const errors: NotesError[] = [];
        const journal = createJournal({
          notesDir,
          config: completedState().config,
          startedAt: 1_000,
          onError: (e) => errors.push(e),
        });
        journals.push(journal);
        journal.event({ type: 'agree', partner: 0, at: 1_100 });
        journal.draft('k', { text: 'typed while read-only', cursor: 5 }, 1_200);
        expect(errors.map((e) => e.code)).toEqual(['read-only']);
        remount('rw');
        journal.flush();
        expect(journal.status().ok).toBe(true);
        const read = readJournal(journal.path);
        if (!read.ok) throw read.error;
        expect(read.drafts.get('k')?.text).toBe('typed while read-only');
      } finally {
        remount('rw');
      }
    });
  },
);

describe.skipIf(noNobody !== null)(
  `permission refused, as a user who is not root${noNobody ? `: skipped, ${noNobody}` : ''}`,
  () => {
    let work: string;

    beforeAll(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-nobody-'));
      fs.chmodSync(work, 0o755);
      bundleNotes(path.join(work, 'notes.mjs'));
      fs.mkdirSync(path.join(work, 'root-only'), { mode: 0o755 });
      fs.chmodSync(path.join(work, 'root-only'), 0o755);
    });

    afterAll(() => {
      fs.rmSync(work, { recursive: true, force: true });
    });

    it('a folder the user may not write in: a NotesError saying so, for the save and the journal', () => {
      const script = `
        import * as notes from './notes.mjs';
        const state = ${JSON.stringify(completedState())};
        const out = {};
        try { notes.saveSession({ state, notesDir: ${JSON.stringify(path.join(work, 'root-only'))} }); out.save = 'saved'; }
        catch (e) { out.save = { code: e.code, sysCode: e.sysCode, message: e.message }; }
        try { notes.saveSession({ state, notesDir: ${JSON.stringify(path.join(work, 'root-only', 'sub'))} }); out.sub = 'saved'; }
        catch (e) { out.sub = { code: e.code, sysCode: e.sysCode }; }
        const errors = [];
        const journal = notes.createJournal({ notesDir: ${JSON.stringify(path.join(work, 'root-only'))},
          config: state.config, startedAt: 1, onError: (e) => errors.push(e.code) });
        journal.draft('k', { text: 'kept', cursor: 1 }, 2);
        out.journal = { errors, ok: journal.status().ok };
        console.log(JSON.stringify(out));
      `;
      fs.writeFileSync(path.join(work, 'run.mjs'), script, { mode: 0o644 });
      const result = spawnSync(process.execPath, ['run.mjs'], {
        cwd: work,
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      const out = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(out.save).toEqual({
        code: 'permission',
        sysCode: 'EACCES',
        message:
          'talkturn is not allowed to write in the notes folder, so the notes could not be saved. Your words are still here: choose another folder.',
      });
      expect(out.sub).toEqual({ code: 'permission', sysCode: 'EACCES' });
      expect(out.journal).toEqual({ errors: ['permission'], ok: false });
      expect(fs.readdirSync(path.join(work, 'root-only'))).toEqual([]);
    });
  },
);

function renderBig(): string {
  return `${bigText}\n`.repeat(20);
}
