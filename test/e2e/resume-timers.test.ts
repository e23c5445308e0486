// "talkturn resume … brings the session back … with the timers as they were": a speaker talks
// without pressing a key, the program is killed, and the floor's timer comes back to the second.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { toTheFloor } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(ensureBuilt);

/** The floor's countdown on a small screen, in seconds (it is drawn as plain M:SS there). */
function shownSeconds(term: Terminal): number {
  const match = /\b(\d+):(\d\d)\b/.exec(term.screen());
  expect(match, term.screen()).not.toBeNull();
  return Number(match?.[1]) * 60 + Number(match?.[2]);
}

describe('resume', () => {
  it('brings the floor’s timer back to the second it was at, though nobody pressed a key', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-timers-'));
    const size = { cols: 50, rows: 16 };
    const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '1m', '--quiet'];
    const first = startTalkturn(args, { home, ...size });
    await toTheFloor(first);
    // Ana talks for a few seconds; nobody touches the keyboard.
    await first.waitFor('0:55', 15_000);
    const before = shownSeconds(first);
    first.kill('SIGKILL');
    await first.exited;

    const again = startTalkturn(['resume'], { home, ...size });
    await again.waitFor('An unfinished session');
    again.write('1');
    await again.waitFor('Ana has the floor');
    await again.waitFor(/\b0:\d\d\b/);
    const after = shownSeconds(again);
    // Back where it was (a second of rounding either way), not at the full minute.
    expect(after).toBeLessThanOrEqual(before + 1);
    expect(after).toBeGreaterThanOrEqual(before - 2);
    again.kill('SIGKILL');
  }, 40_000);
});
