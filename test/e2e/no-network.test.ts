// talkturn opens no socket, ever: a whole session runs under a system-call trace of every network
// call, with DEV=true (which makes Ink try to reach React DevTools in other apps).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../cli/run-cli.js';
import { ENTER, toTheFloor } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

function hasStrace(): boolean {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Node asks what kind of thing its stdout is (getsockname on a local pipe, AF_UNIX): that is not
 * network. A socket of any internet or kernel-network family, or any connect(), would be.
 */
function expectNoNetwork(calls: string): void {
  expect(calls).not.toMatch(/AF_INET|AF_INET6|AF_NETLINK|AF_PACKET|sin_port|sin6_port/);
  expect(calls).not.toMatch(/\b(connect|sendto|sendmsg|bind|listen)\(/);
}

describe.skipIf(!hasStrace())('no network, ever (strace)', () => {
  it('makes no network system call in a whole session', async () => {
    const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'talkturn-strace-')), 'trace');
    const term = startTalkturn(
      ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '2s', '--quiet'],
      {
        wrapper: ['strace', '-f', '-qq', '-e', 'trace=%network', '-o', trace],
        env: { DEV: 'true' },
      },
    );
    await toTheFloor(term, { firstWaitMs: 20_000 });
    for (const listener of ['Ben', 'Ana']) {
      await term.waitFor('Time is up', 10_000);
      term.write(ENTER);
      await term.waitFor('What I heard is');
      await term.type('heard you');
      await term.waitFor('heard you');
      term.write(ENTER);
      await term.waitFor(`did ${listener} get it?`);
      term.write('1');
    }
    for (const question of ['appreciate', 'one small thing', 'bring to therapy']) {
      for (const name of ['Ana', 'Ben']) {
        await term.waitFor(`${name}, ${question === 'appreciate' ? 'what did you' : ''}`);
        await term.waitFor(question);
        term.write(ENTER);
      }
    }
    await term.waitFor('Session saved');
    term.write(ENTER);
    expect((await term.exited).exitCode).toBe(0);

    expectNoNetwork(readFileSync(trace, 'utf8'));
  }, 60_000);

  it('makes none for the commands either', () => {
    const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'talkturn-strace-')), 'trace');
    const { code } = runCli(['decks'], {}, [
      'strace',
      '-f',
      '-qq',
      '-e',
      'trace=%network',
      '-o',
      trace,
    ]);
    expect(code).toBe(0);
    expectNoNetwork(readFileSync(trace, 'utf8'));
  });
});
