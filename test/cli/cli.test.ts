import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('talkturn on the command line', () => {
  it('prints its version', () => {
    const { code, stdout } = runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('explains itself with --help, including what it is not', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('start');
    expect(stdout).toContain('decks');
    expect(stdout).toContain('not therapy');
    expect(stdout).toContain('1-800-799-7233');
    expect(stdout).toContain('988');
  });

  it('lists the options of start', () => {
    const { code, stdout } = runCli(['start', '--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--names',
      '--deck',
      '--turn',
      '--rounds',
      '--max',
      '--quiet',
      '--notes-dir',
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it.each([
    [
      ['start', '--turn', 'abc'],
      '--turn "abc" is not a length of time: use a form like 90s, 3m or 1m30s.',
    ],
    [['start', '--turn', '0s'], '--turn must be longer than zero, like 90s or 3m.'],
    [['start', '--turn', '2h'], '--turn can be at most 1h.'],
    [
      ['start', '--names', 'Sam'],
      'A talk needs two names, one for each partner, like --names "Sam,Alex".',
    ],
    [
      ['start', '--names', 'Sam,'],
      '--names needs a name on each side of the comma, like --names "Sam,Alex".',
    ],
    [
      ['start', '--names', 'Sam,sam'],
      'The two names are the same: use names that tell you apart on screen, like --names "Sam,Sam B".',
    ],
    [
      ['start', '--rounds', '0'],
      '--rounds must be a whole number of prompts, 1 or more (got "0").',
    ],
    [
      ['start', '--rounds', 'two'],
      '--rounds must be a whole number of prompts, 1 or more (got "two").',
    ],
    [
      ['start', '--frobnicate'],
      'talkturn does not know the option --frobnicate: run talkturn --help to see what it accepts',
    ],
    [
      ['start', '--nmaes', 'a,b'],
      'talkturn does not know the option --nmaes: did you mean --names?',
    ],
    [['start', '--turn'], '--turn needs a value after it, like --turn 3m.'],
    [['sing'], 'talkturn has no command called "sing": run talkturn --help to see what it accepts'],
    [
      ['start', '--deck', 'no-such-deck'],
      'There is no deck called "no-such-deck". Run talkturn decks to see the decks you can use.',
    ],
  ])('refuses %j with one sentence and exit 2', (args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });

  it('says it needs a terminal when there is none, before anything starts', () => {
    const { code, stderr } = runCli(['start', '--names', 'Sam,Alex']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'talkturn needs an interactive terminal: run it directly in a terminal window, not through a pipe or a script.\n',
    );
  });

  it('says the same for a bare talkturn without a terminal', () => {
    const { code, stderr } = runCli([]);
    expect(code).toBe(1);
    expect(stderr).toContain('needs an interactive terminal');
  });
});

describe('talkturn decks', () => {
  it('lists the built-in decks with the default first-time and solo decks among them', () => {
    const { code, stdout } = runCli(['decks']);
    expect(code).toBe(0);
    for (const id of ['hard-questions', 'first-time', 'start-where-you-are', 'own-your-part']) {
      expect(stdout).toContain(id);
    }
  });

  it('checks a good deck file and reports a broken one as file:line with exit 1', () => {
    const good = runCli(['decks', '--check', 'prompts/first-time.md']);
    expect(good.code).toBe(0);
    const broken = runCli(['decks', '--check', 'test/fixtures/decks/broken/yaml-tab.md']);
    expect(broken.code).toBe(1);
    expect(broken.stderr + broken.stdout).toMatch(/yaml-tab\.md:\d+: /);
  });

  it('says so when the deck file does not exist', () => {
    const { code, stderr, stdout } = runCli(['decks', '--check', 'nowhere/deck.md']);
    expect(code).toBe(1);
    expect(stderr + stdout).toContain('nowhere/deck.md');
    expect(stderr).not.toContain('    at ');
  });
});

describe('talkturn history and export', () => {
  it('says kindly that there is nothing yet, in an empty folder', () => {
    const { code, stdout } = runCli(['history']);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing here yet.');
    expect(stdout).toContain('Whenever you are ready to begin:  talkturn');
  });

  it('refuses a date it cannot read with exit 2', () => {
    const { code, stderr } = runCli(['export', '--since', 'yesterday']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      '--since "yesterday" is not a date talkturn can read: write it as YYYY-MM-DD, like 2026-11-24.\n',
    );
  });
});

describe('talkturn checkin', () => {
  it('needs both names, and a terminal', () => {
    expect(runCli(['checkin', '--names', 'Ana']).stderr).toBe(
      'A check-in is for two: give both names, like --names "Sam,Alex".\n',
    );
    const { code, stderr } = runCli(['checkin', '--names', 'Ana,Ben']);
    expect(code).toBe(1);
    expect(stderr).toContain('needs an interactive terminal');
  });
});

describe('talkturn forget', () => {
  it('asks which notes when none are named, and deletes nothing', () => {
    const { code, stderr } = runCli(['forget']);
    expect(code).toBe(2);
    expect(stderr).toContain('Choose what to forget: type a name, or a whole day');
  });

  it('says so when there is nothing to forget', () => {
    const { code, stdout } = runCli(['forget', '--all']);
    expect(code).toBe(0);
    expect(stdout).toBe('There are no talkturn notes to forget in the notes folder.\n');
  });

  it('says extra words are not taken with an example of the command that was typed', () => {
    const { code, stderr } = runCli(['checkin', '--names', 'A,B', 'extra'], { LANG: 'C' });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'That command takes no extra words: put options after it, like talkturn checkin --names "Sam,Alex".\n',
    );
  });
});
