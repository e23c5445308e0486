// Two sessions in a real terminal: the first one's agreement comes back at the start of the
// second, and history and the export for a therapist show how it fared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, NODE, ensureBuilt } from '../cli/run-cli.js';
import { agreeBoth, ENTER, toTheFloor } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(ensureBuilt);

/** Goes to the closing from the floor screen and answers it: only Ana's agreement is typed. */
async function closeWith(term: Terminal, agreement: string) {
  await term.waitFor('Ana has the floor');
  term.write('f');
  await term.waitFor('Go to the closing now?');
  term.write('f');
  for (const [question, answer] of [
    ['Ana, what did you appreciate', ''],
    ['Ben, what did you appreciate', ''],
    ['Ana, one small thing', agreement],
    ['Ben, one small thing', ''],
    ['Ana, anything you would like to bring', ''],
    ['Ben, anything you would like to bring', ''],
  ] as const) {
    await term.waitFor(question);
    if (answer) {
      await term.type(answer);
      await term.waitFor(answer);
    }
    term.write(ENTER);
  }
  await term.waitFor('Session saved');
  term.write(ENTER);
  expect((await term.exited).exitCode).toBe(0);
}

describe('between sessions', () => {
  it('brings back an agreement, records how it fared, and shows it in history and export', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-between-'));
    const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '1m', '--quiet'];

    const first = startTalkturn(args, { home });
    await toTheFloor(first);
    await closeWith(first, 'call at lunch every day');

    const second = startTalkturn(args, { home });
    await agreeBoth(second, { firstRun: false });
    await second.waitFor('Agreements from before');
    expect(second.screen()).toContain('Ana agreed to try');
    expect(second.screen()).toContain('call at lunch every day');
    second.write('1');
    await closeWith(second, 'a walk on Sunday');

    const run = (...command: string[]) =>
      spawnSync(NODE, [BIN, ...command], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          TALKTURN_CONFIG_DIR: path.join(home, 'config'),
          TALKTURN_NOTES_DIR: path.join(home, 'notes'),
        },
      });
    const history = run('history');
    expect(history.status).toBe(0);
    expect(history.stdout).toContain('a walk on Sunday');
    expect(history.stdout).toContain('call at lunch every day');
    expect(history.stdout).toMatch(/helping\s+call at lunch every day/);
    expect(history.stdout.indexOf('a walk on Sunday')).toBeLessThan(
      history.stdout.indexOf('call at lunch every day'),
    );

    // Without a terminal, the brief is written only with both names approving it.
    const refused = run('export', '--for-therapy');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const exported = run('export', '--for-therapy', '--approved-by', 'Ana,Ben');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('# For our therapist');
    expect(exported.stdout).toContain('call at lunch every day');
    expect(exported.stdout).toContain('it is helping');
  }, 60_000);
});
