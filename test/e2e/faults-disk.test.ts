// The real program on a notes folder whose disk fails mid-typing: a 1 MiB tmpfs filled up, or
// a small ext4 disk that turns itself read-only. Each trial types before the fault, injects it, types after it key by
// key, ends (Ctrl+C, "Quit for now", kill -9), frees the disk, resumes, and counts the
// characters typed after the fault that came back. Needs root on Linux (skipped otherwise), and
// mkfs.ext4 with loop devices for the read-only disk.
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

/** Why a small ext4 disk that can turn read-only cannot be made here, or null. */
function ext4Problem(): string | null {
  if (noMount) return noMount;
  try {
    execFileSync('mkfs.ext4', ['-V'], { stdio: 'pipe' });
  } catch {
    return 'mkfs.ext4 is not installed';
  }
  return fs.existsSync('/dev/loop-control') ? null : 'no loop devices';
}
const noExt4 = ext4Problem();

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

    const ext4Disks = new Map<string, { image: string; mount: string; device: string }>();

    /** A fresh 8 MiB ext4 disk, mounted to turn read-only on an error; its notes folder. */
    function ext4Disk(name: string): string {
      const image = path.join(os.tmpdir(), `talkturn-${name}-${process.pid}.img`);
      const mount = fs.mkdtempSync(path.join(os.tmpdir(), `talkturn-${name}-`));
      execFileSync('truncate', ['-s', '8M', image]);
      execFileSync('mkfs.ext4', ['-q', '-F', image], { stdio: 'pipe' });
      execFileSync('mount', ['-o', 'loop,errors=remount-ro', image, mount]);
      const source = execFileSync('findmnt', ['-n', '-o', 'SOURCE', mount], { encoding: 'utf8' });
      const notesDir = path.join(mount, 'notes');
      ext4Disks.set(notesDir, { image, mount, device: path.basename(source.trim()) });
      return notesDir;
    }

    afterAll(() => {
      for (const disk of [{ mount: mnt, image: '' }, ...ext4Disks.values()]) {
        try {
          // Lazily, if a program of a failed trial still holds it.
          execFileSync('umount', ['-l', disk.mount], { stdio: 'pipe' });
          fs.rmdirSync(disk.mount);
          if (disk.image) fs.rmSync(disk.image);
        } catch {
          // Left for the system to clean.
        }
      }
      console.log(`Disk fault trials:\n  ${report.join('\n  ')}`);
    });

    /**
     * A folder that turns read-only as a real one does: the notes folder is on its own small
     * ext4 disk mounted `errors=remount-ro`, and ext4's own test switch (`trigger_fs_error`)
     * makes it remount itself read-only mid-typing, so even the open journal's writes fail
     * (EROFS). Freed by mounting it again.
     */
    function inject(fault: Fault, notesDir: string): () => void {
      if (fault === 'read-only folder') {
        const disk = ext4Disks.get(notesDir)!;
        fs.writeFileSync(`/sys/fs/ext4/${disk.device}/trigger_fs_error`, '1');
        return () => {
          execFileSync('umount', [disk.mount]);
          execFileSync('mount', ['-o', 'loop', disk.image, disk.mount]);
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

    it.each(trials.filter(([fault]) => fault === 'full disk' || noExt4 === null))(
      'a %s, ended by %s: every character typed after the fault comes back',
      async (fault, ending) => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-fault-home-'));
        const notesDir =
          fault === 'read-only folder'
            ? ext4Disk(`ro-${trial++}`)
            : path.join(mnt, `notes-${trial++}`);
        const env = { TALKTURN_NOTES_DIR: notesDir };
        const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5m'];
        const term = startTalkturn(args, { home, env });
        await toReflection(term);
        await term.type(BEFORE);
        await term.waitFor(BEFORE.trim());
        const free = inject(fault, notesDir);
        const rescue = path.join(home, 'config', 'rescue');
        let typedAfter = AFTER;
        try {
          await term.type(AFTER);
          await term.waitFor(wrapped(AFTER.slice(-16)));
          await term.waitFor('your words are kept in');
          expect(term.screen().replace(/\s+/g, '')).toContain(`keptin${rescue}/.journal`);
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
        if (ending !== 'kill -9') {
          expect(farewell).toContain('The notes folder could not be written');
          expect(farewell.replace(/\s+/g, '')).toContain(rescue);
        }

        const resumed = startTalkturn(['resume'], { home, env });
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
