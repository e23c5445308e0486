// The real program on a notes folder whose disk fails mid-typing: a 1 MiB tmpfs filled up, or
// remounted read-only. Each trial types before the fault, injects it, types after it key by
// key, ends (Ctrl+C, "Quit for now", kill -9), frees the disk, resumes, and counts the
// characters typed after the fault that came back. Needs root on Linux (skipped otherwise).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER, toReflection } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';
import { mountProblem } from '../notes/tmpfs.js';

const noMount = mountProblem();
const NOBODY = { uid: 65534, gid: 65534 };

type Fault = 'full disk' | 'read-only folder';
type Ending = 'Ctrl+C' | 'Quit for now' | 'kill -9';

const BEFORE = 'before the fault words ';
// Long enough that its autosave records outgrow the page the journal had already claimed.
const AFTER = 'after the fault words, and more after them, typed key by key';
const CLOSING = 'a walk on Sunday';

/** How many characters of `typed`, from its start, are in `text`. */
function charactersBack(typed: string, text: string): number {
  for (let n = typed.length; n > 0; n--) if (text.includes(typed.slice(0, n))) return n;
  return 0;
}

/** Matches `text` on screen also where the text area wrapped it onto the next line. */
function wrapped(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
}

/** The screen's lines joined again where the text area wrapped them. */
function unwrapped(term: Terminal): string {
  return term
    .screen()
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
}

function notesText(dir: string): string {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

describe.skipIf(noMount !== null)(
  `a disk that fails mid-typing${noMount ? `: skipped, ${noMount}` : ''}`,
  () => {
    let mnt: string;
    const report: string[] = [];
    let trial = 0;

    beforeAll(async () => {
      await ensureBuilt();
      mnt = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-faulty-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0755', 'tmpfs', mnt]);
    });

    afterAll(() => {
      try {
        execFileSync('umount', [mnt], { stdio: 'pipe' });
        fs.rmdirSync(mnt);
      } catch {
        // Left for the system to clean.
      }
      console.log(`Disk fault trials:\n  ${report.join('\n  ')}`);
    });

    /**
     * A read-only folder: the notes folder and its journal folder lose their write permission
     * (talkturn runs as `nobody` there, as root ignores permissions). A remount read-only is
     * refused by Linux while the journal is open for writing, and an open journal keeps
     * taking appends, as it does on a real disk: the notes file cannot be written.
     */
    function inject(fault: Fault, notesDir: string): () => void {
      if (fault === 'read-only folder') {
        const folders = [notesDir, path.join(notesDir, '.journal')];
        for (const folder of folders) fs.chmodSync(folder, 0o500);
        return () => {
          for (const folder of folders) fs.chmodSync(folder, 0o700);
        };
      }
      fillUp('filler');
      return () => {
        for (const name of fs.readdirSync(mnt)) {
          if (name.startsWith('filler')) fs.rmSync(path.join(mnt, name), { force: true });
        }
      };
    }

    function fillUp(name: string): void {
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${path.join(mnt, name)}`, 'bs=4k'], {
          stdio: 'pipe',
        });
      } catch {
        // dd stops with "No space left on device": the disk is full, as wanted.
      }
    }

    const trials: [Fault, Ending][] = [
      ['full disk', 'Ctrl+C'],
      ['full disk', 'Quit for now'],
      ['full disk', 'kill -9'],
      ['read-only folder', 'Ctrl+C'],
      ['read-only folder', 'Quit for now'],
      ['read-only folder', 'kill -9'],
    ];

    it.each(trials)(
      'a %s, ended by %s: every character typed after the fault comes back',
      async (fault, ending) => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-fault-home-'));
        const notesDir = path.join(mnt, `notes-${trial++}`);
        const env = { TALKTURN_NOTES_DIR: notesDir };
        const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5m'];
        const user = fault === 'read-only folder' ? NOBODY : undefined;
        if (user) {
          fs.mkdirSync(notesDir, { mode: 0o700 });
          fs.chownSync(notesDir, user.uid, user.gid);
          fs.chownSync(home, user.uid, user.gid);
        }
        const term = startTalkturn(args, { home, env, ...(user ? { user } : {}) });
        await toReflection(term);
        await term.type(BEFORE);
        await term.waitFor(BEFORE.trim());
        const free = inject(fault, notesDir);
        const rescue = path.join(home, 'config', 'rescue');
        let typedAfter = AFTER;
        try {
          await term.type(AFTER);
          await term.waitFor(wrapped(AFTER.slice(-16)));
          if (fault === 'full disk') {
            await term.waitFor('your words are kept in');
            expect(term.screen().replace(/\s+/g, '')).toContain(`keptin${rescue}/.journal`);
          }
          if (ending === 'kill -9') {
            term.kill('SIGKILL');
          } else if (ending === 'Ctrl+C') {
            term.write('\u0003');
          } else {
            // The journal moved out and freed its space: the disk is filled up again.
            await quitForNow(term, () => {
              if (fault === 'full disk') fillUp('filler-2');
            });
            typedAfter = `${AFTER} ${CLOSING}`;
          }
          await term.exited;
        } finally {
          free();
        }
        const farewell = term.screen() + term.scrollback();
        // Never "Everything you typed is saved" unless it is, and where.
        if (ending !== 'kill -9' && fault === 'full disk') {
          expect(farewell).toContain('The notes folder could not be written');
          expect(farewell.replace(/\s+/g, '')).toContain(rescue);
        }

        const resumed = startTalkturn(['resume'], { home, env, ...(user ? { user } : {}) });
        let back: number;
        if (ending === 'Quit for now') {
          await resumed.waitFor('An unfinished session');
          resumed.write('1');
          await resumed.waitFor('Session saved');
          resumed.write(ENTER);
          await resumed.exited;
          const text = notesText(notesDir);
          back = charactersBack(AFTER, text) + charactersBack(CLOSING, text) + 1;
          expect(text).toContain(`${BEFORE}${AFTER}`);
          expect(text).toContain(CLOSING);
        } else {
          await resumed.waitFor('An unfinished session');
          resumed.write('1');
          await resumed.waitFor('Reflect back');
          await resumed.waitFor(wrapped(AFTER.slice(-16)));
          back = charactersBack(AFTER, unwrapped(resumed));
          expect(unwrapped(resumed)).toContain(`${BEFORE}${AFTER}`);
          resumed.write('\u0003');
          await resumed.exited;
        }
        report.push(
          `${fault}, ${ending}: ${typedAfter.length} characters typed after the fault, ${back} back`,
        );
        expect(back).toBe(typedAfter.length);
      },
      60_000,
    );
  },
);

/** On from the reflection to the closing, one answer typed, and "Quit for now" when saving fails. */
async function quitForNow(term: Terminal, beforeSave: () => void): Promise<void> {
  term.write(ENTER);
  await term.waitFor('Did I get it?');
  term.write('1');
  await term.waitFor('Ben has the floor');
  term.write('f');
  await term.waitFor('Go to the closing now?');
  term.write('f');
  await term.waitFor('Ana, what did you appreciate');
  await term.type(CLOSING);
  await term.waitFor(CLOSING);
  term.write(ENTER);
  for (const question of [
    'Ben, what did you appreciate',
    'Ana, one small thing',
    'Ben, one small thing',
    'Ana, anything you would like to bring',
    'Ben, anything you would like to bring',
  ]) {
    await term.waitFor(question);
    if (question.startsWith('Ben, anything')) beforeSave();
    term.write(ENTER);
  }
  await term.waitFor('The notes are not saved yet');
  term.write('3');
}
