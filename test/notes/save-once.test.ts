// Saving is one step a kill cannot split: the journal records that the notes are written (and
// where) before it is removed, so resume finishes the removal instead of saving twice. Locks: two
// resumes of one crashed session at the same instant never both open it, and no lock is orphaned.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import {
  createJournal,
  findInterruptedSessions,
  journalDir,
  readJournal,
  saveSession,
} from '../../src/notes/index.js';
import { resumeSessionKeeper } from '../../src/ui/open-session.js';
import { bundleNotes } from './bundle.js';
import { completedState, config, tempDir } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const notesIn = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.md'));

describe('a kill between writing the notes and removing the journal', () => {
  it('resume finishes the removal: one notes file, no journal, no lock', async () => {
    const journal = createJournal({ notesDir: dir, config: config(), startedAt: 1_000 });
    const { path: written } = saveSession({ state: completedState(), notesDir: dir });
    journal.markSaved(written);
    // Killed here: the journal is still there, its lock left by a dead process.
    journal.close();
    const read = readJournal(journal.path);
    expect(read.ok && read.savedPath).toBe(written);

    const { keeper } = resumeSessionKeeper(journal.path, { notesDir: dir, quiet: true });
    const saved = await keeper.save(completedState());
    expect(saved).toBe(written);
    expect(notesIn(dir)).toEqual([path.basename(written)]);
    expect(fs.readdirSync(journalDir(dir))).toEqual([]);
  });

  it('saves as usual when the recorded notes are not there any more', async () => {
    const journal = createJournal({ notesDir: dir, config: config(), startedAt: 1_000 });
    journal.markSaved(path.join(dir, 'gone.md'));
    journal.close();
    const { keeper } = resumeSessionKeeper(journal.path, { notesDir: dir, quiet: true });
    const saved = await keeper.save(completedState());
    expect(notesIn(dir)).toEqual([path.basename(saved)]);
  });
});

describe('locks', () => {
  it('a lock left by a kill just after its journal was removed is swept', () => {
    const journals = journalDir(dir);
    fs.mkdirSync(journals, { recursive: true });
    const orphan = path.join(journals, 's-1.lock');
    // A pid that is surely dead: far above Linux's pid_max.
    fs.writeFileSync(orphan, JSON.stringify({ pid: 2 ** 30, host: os.hostname() }));
    expect(findInterruptedSessions(dir)).toEqual([]);
    expect(fs.existsSync(orphan)).toBe(false);
  });

  describe('two resumes at the same instant', () => {
    let work: string;
    beforeAll(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-race-'));
      bundleNotes(path.join(work, 'notes.mjs'));
    });
    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    /** Starts `count` processes that each try to take `lock` at `startAt`; each says if it did. */
    function race(lock: string, count: number, startAt: number): Promise<string[]> {
      const script = `
        import { acquireLock } from ${JSON.stringify(path.join(work, 'notes.mjs'))};
        while (Date.now() < ${startAt});
        let said = 'locked';
        try { acquireLock(${JSON.stringify(lock)}); said = 'got'; } catch {}
        process.stdout.write(said);
        // Each holds on until every one has answered: on a loaded machine a late starter must
        // meet a live holder, not one that has already gone (which would rightly be stale).
        process.stdin.resume();
        process.stdin.on('end', () => process.exit(0));
      `;
      const children: ReturnType<typeof spawn>[] = [];
      const answers = Promise.all(
        Array.from(
          { length: count },
          () =>
            new Promise<string>((resolve) => {
              const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
              children.push(child);
              let out = '';
              child.stdout?.on('data', (data: Buffer) => {
                out += data.toString();
                if (out === 'got' || out === 'locked') resolve(out);
              });
              child.on('close', () => resolve(out));
            }),
        ),
      );
      return answers.finally(() => {
        for (const child of children) child.stdin?.end();
      });
    }

    it('never both take over the stale lock of a crashed session (12 trials of 3)', async () => {
      const tally: number[] = [];
      for (let trial = 0; trial < 12; trial++) {
        const lock = path.join(dir, `s-${trial}.lock`);
        fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 30, host: os.hostname() }));
        const said = await race(lock, 3, Date.now() + 600);
        tally.push(said.filter((word) => word === 'got').length);
      }
      expect(tally.every((got) => got === 1)).toBe(true);
    }, 60_000);
  });
});
