// What npm makes is what runs. A fresh copy of the repository, with nothing built, is packed
// the two ways npm makes a package (npm pack in a clone; a git URL, as `npx github:…` does);
// each tarball is installed into an empty prefix and run as a person would run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE } from '../cli/run-cli.js';
import { ENTER } from '../e2e/flows.js';
import { startTalkturn } from '../e2e/terminal.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

function sh(file: string, args: string[], cwd: string): string {
  return execFileSync(file, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

/** The repository as a newcomer's clone has it: tracked files (and new ones not ignored), no dist. */
function freshClone(work: string): string {
  const clone = path.join(work, 'clone');
  const files = sh('git', ['ls-files', '-co', '--exclude-standard', '-z'], process.cwd())
    .split('\0')
    .filter((file) => file && existsSync(file));
  for (const file of files) {
    mkdirSync(path.join(clone, path.dirname(file)), { recursive: true });
    cpSync(file, path.join(clone, file));
  }
  sh('git', ['init', '-q'], clone);
  sh('git', ['add', '-A'], clone);
  sh(
    'git',
    ['-c', 'user.name=talkturn', '-c', 'user.email=test@localhost', 'commit', '-qm', 'clone'],
    clone,
  );
  return clone;
}

function pack(spec: string[], cwd: string, destination: string) {
  const out = sh(
    npm,
    ['pack', '--json', '--pack-destination', destination, ...quiet, ...spec],
    cwd,
  );
  // npm prints the build's own output before the JSON when a script runs.
  const json = JSON.parse(out.slice(out.indexOf('[\n'))) as {
    filename: string;
    files: { path: string }[];
  }[];
  const first = json[0]!;
  return { tarball: path.join(destination, first.filename), files: first.files.map((f) => f.path) };
}

/** Installs a tarball into an empty prefix, as `npm install -g` or npx would. */
function install(tarball: string, work: string, name: string) {
  const prefix = path.join(work, name);
  sh(npm, ['install', '--prefix', prefix, '--offline', ...quiet, tarball], work);
  const installed = readdirSync(path.join(prefix, 'node_modules')).filter(
    (n) => !n.startsWith('.'),
  );
  return { prefix, installed, bin: path.join(prefix, 'node_modules', '.bin') };
}

function run(bin: string, args: string[]) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-pack-home-'));
  return spawnSync(NODE, [path.join(bin, 'talkturn'), ...args], {
    encoding: 'utf8',
    env: {
      PATH: [bin, process.env.PATH ?? ''].join(path.delimiter),
      HOME: home,
      TALKTURN_CONFIG_DIR: path.join(home, 'config'),
      TALKTURN_NOTES_DIR: path.join(home, 'notes'),
    },
  });
}

/** Starts a session from the installed package in a real terminal, then leaves with Ctrl+C. */
async function startsASession(bin: string) {
  const term = startTalkturn(
    ['start', '--names', 'Ana,Ben', '--deck', 'hard-questions', '--turn', '2m'],
    {
      command: [NODE, path.join(bin, 'talkturn')],
      env: { PATH: [bin, process.env.PATH ?? ''].join(path.delimiter) },
    },
  );
  await term.waitFor('Before you start', 20_000);
  term.write(ENTER);
  await term.waitFor('One gentle question');
  term.write('3');
  await term.waitFor('Ground rules');
  term.write('\u0003');
  await term.exited;
  return term.screen();
}

let work = '';
let clone = '';

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'talkturn-pack-'));
  clone = freshClone(work);
  expect(existsSync(path.join(clone, 'dist'))).toBe(false);
  // Dependencies only: nothing is built before npm makes the package.
  sh(npm, ['ci', '--ignore-scripts', '--prefer-offline', ...quiet], clone);
  expect(existsSync(path.join(clone, 'dist'))).toBe(false);
}, 240_000);

describe('the package npm makes', () => {
  it('from a clean clone holds a built talkturn that installs alone and runs', async () => {
    const { tarball, files } = pack([], clone, work);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/help-en.txt');
    expect(files).toContain('dist/help-es-ES.txt');
    expect(files).toContain('prompts/es/hard-questions.md');
    expect(files).toContain('bin/talkturn.cjs');
    expect(files).toContain('prompts/hard-questions.md');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);

    const { installed, bin } = install(tarball, work, 'from-clone');
    expect(installed).toEqual(['talkturn']);

    const version = run(bin, ['--version']);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const decks = run(bin, ['decks']);
    expect(decks.status).toBe(0);
    expect(decks.stdout).toContain('hard-questions');
    expect(decks.stdout).toContain('talkturn start --deck ID');
    expect(await startsASession(bin)).toContain('run: talkturn resume');
  }, 240_000);

  it('from the git repository (npx github:…, npm install <git url>) is built by prepare', async () => {
    const { tarball, files } = pack([`git+file://${clone}`], work, work);
    expect(files).toContain('dist/cli.js');
    const { installed, bin } = install(tarball, work, 'from-git');
    expect(installed).toEqual(['talkturn']);
    expect(run(bin, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run(bin, ['decks']).stdout).toContain('hard-questions');
    expect(await startsASession(bin)).toContain('run: talkturn resume');
  }, 240_000);

  it('run through npx names npx in its help and its messages', () => {
    const { tarball } = pack([], clone, path.join(work));
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-npx-home-'));
    const npx = (args: string[]) =>
      spawnSync(
        npm,
        ['exec', '--yes', '--offline', '--package', tarball, '--', 'talkturn', ...args],
        {
          cwd: home,
          encoding: 'utf8',
          env: {
            ...process.env,
            HOME: home,
            npm_config_cache: path.join(work, 'npm-cache'),
            TALKTURN_CONFIG_DIR: path.join(home, 'config'),
            TALKTURN_NOTES_DIR: path.join(home, 'notes'),
            TALKTURN_INVOKED_AS: '',
          },
        },
      );
    const help = npx(['--help']);
    expect(help.stdout).toContain(`Usage: npx --package ${tarball} talkturn [options]`);
    const wrong = npx(['start', '--deck', 'no-such-deck', '--names', 'Ana,Ben']);
    expect(wrong.stderr).toContain(`Run npx --package ${tarball} talkturn decks to see the decks`);
  }, 240_000);
});
