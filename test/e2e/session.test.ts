// A whole short session held in a real terminal, as a couple would, then the notes read back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ensureBuilt } from '../cli/run-cli.js';
import { toReflection, toTheFloor } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

const ENTER = '\r';

describe('a whole session in a real terminal', () => {
  it('runs set-up, both turns, the closing, and saves the notes', async () => {
    const term = startTalkturn([
      'start',
      '--names',
      'Ana,Ben',
      '--deck',
      'hard-questions',
      '--rounds',
      '1',
      '--turn',
      '3s',
      '--quiet',
    ]);

    await term.waitFor('Before you start');
    expect(term.screen()).toContain('not therapy');
    term.write(ENTER);

    await term.waitFor('One gentle question');
    term.write('3');
    await term.waitFor('Ground rules');
    term.write('1');
    await term.waitFor('Ana agrees ✓');
    term.write('2');

    for (const [speaker, listener] of [
      ['Ana', 'Ben'],
      ['Ben', 'Ana'],
    ] as const) {
      await term.waitFor(`${speaker} has the floor`);
      await term.waitFor('Time is up', 8_000);
      term.write(ENTER);
      await term.waitFor('Reflect back');
      await term.waitFor('What I heard is');
      await term.type(`${listener} heard ${speaker} say it was lonely`);
      await term.waitFor('lonely');
      term.write(ENTER);
      await term.waitFor(`${speaker}, did ${listener} get it?`);
      expect(term.screen()).toContain('Did I get it?');
      term.write('1');
    }

    await term.waitFor('Closing');
    const closing = [
      ['Ana, what did you appreciate', 'Ana thanks Ben for listening'],
      ['Ben, what did you appreciate', 'Ben thanks Ana'],
      ['Ana, one small thing', 'a walk on Sunday'],
      ['Ben, one small thing', ''],
      ['Ana, anything you would like to bring', ''],
      ['Ben, anything you would like to bring', 'the money'],
    ];
    for (const [question, answer] of closing) {
      await term.waitFor(question!);
      expect(term.screen()).toContain('Closing');
      if (answer) {
        await term.type(answer);
        await term.waitFor(answer);
      }
      term.write(ENTER);
    }
    await term.waitFor('Session saved');
    term.write(ENTER);
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(0);

    const files = readdirSync(term.notesDir).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}-\d{4}-hard-questions\.md$/);
    const file = path.join(term.notesDir, files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(term.notesDir).mode & 0o777).toBe(0o700);
    // The remembered names are private too.
    const settings = path.join(term.home, 'config', 'settings.json');
    expect(statSync(settings).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toMatchObject({ names: ['Ana', 'Ben'] });
    const notes = readFileSync(file, 'utf8');
    const front = parseYaml(notes.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<
      string,
      unknown
    >;
    expect(front).toMatchObject({ completed: true });
    expect(notes).toContain('Ben heard Ana say it was lonely');
    expect(notes).toContain('Ana heard Ben say it was lonely');
    expect(notes).toContain('Ana thanks Ben for listening');
    expect(notes).toContain('a walk on Sunday');
    expect(notes).toContain('the money');
  }, 60_000);
});

describe('NO_COLOR in a real terminal', () => {
  it('draws no colour at all, and Ctrl+C before the talk starts leaves kindly', async () => {
    const term = startTalkturn(['start', '--names', 'Ana,Ben'], { env: { NO_COLOR: '1' } });
    await term.waitFor('Before you start');
    term.write(ENTER);
    await term.waitFor('One gentle question');
    // Foreground or background colours: 30-37, 39-47, 49, 90-97, 100-107, 38;… and 48;….
    // eslint-disable-next-line no-control-regex
    const colour = /\u001B\[(?:\d+;)*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;\d+)*m/;
    expect(term.raw()).not.toMatch(colour);
    term.write('\u0003');
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(0);
    expect(term.screen()).toContain('Nothing was started. Come back whenever you are ready.');
  });
});

describe('a discreet screen', () => {
  it('keeps the talk off the scrollback: after Ctrl+C only the farewell is left', async () => {
    const term = startTalkturn(['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '1m']);
    await toTheFloor(term);
    term.write('\u0003');
    expect((await term.exited).exitCode).toBe(0);
    expect(term.raw()).toContain('\u001B]0;talkturn\u0007');
    expect(term.raw()).toContain('\u001B[?1049h');
    expect(term.raw()).toContain('\u001B[?1049l');
    const left = term.screen() + term.scrollback();
    expect(left).toContain('Everything you typed is saved.');
    expect(left).not.toContain('has the floor');
    expect(left).not.toContain('Ground rules');
  });
});

describe('quick-hide', () => {
  it('blanks the screen with Ctrl+L, ignores keys meanwhile, and brings everything back', async () => {
    const term = startTalkturn(['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5m']);
    await toReflection(term);
    await term.type('you were scared');
    await term.waitFor('you were scared');

    term.write('\u000C');
    await term.waitFor(/^\s*$/);
    expect(term.screen()).not.toContain('you were scared');
    expect(term.screen()).not.toContain('Reflect back');
    await term.type('xyz');
    term.write(ENTER);

    term.write('\u000C');
    await term.waitFor('Reflect back');
    expect(term.screen()).toContain('you were scared');
    expect(term.screen()).not.toContain('xyz');
    term.write('\u0003');
    expect((await term.exited).exitCode).toBe(0);
  });
});
