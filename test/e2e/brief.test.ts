// The therapist's brief in a real terminal at 40x12: the couple looks it over on the one
// full-screen runner, takes a line out, approves by name, and only then is the page written.
import fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { saveSessions } from '../notes/folder-fixtures.js';
import { ENTER } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

describe('the brief on screen', () => {
  it('is written only once both approve it by name, without the line taken out', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-e2e-brief-'));
    saveSessions(path.join(home, 'notes'), [
      { at: '2026-11-24T18:05:00+01:00', therapy: ['Why I still check your phone.', 'My shame.'] },
    ]);
    const out = path.join(home, 'brief.html');
    const term = startTalkturn(['export', '--for-therapy', '--out', out], {
      home,
      cols: 40,
      rows: 12,
    });
    await term.waitFor('Your brief');
    await term.waitFor('Why I still check');
    term.write('x');
    await term.waitFor("Take out Ana's line?");
    term.write('x');
    await term.waitFor('(taken out)');
    term.write(ENTER);
    await term.waitFor('Approve the brief');
    // Enter alone approves nobody.
    term.write(ENTER);
    await term.waitFor('choose your own name');
    expect(fs.existsSync(out)).toBe(false);
    term.write('1');
    await term.waitFor('Ana approves ✓');
    expect(fs.existsSync(out)).toBe(false);
    term.write('2');
    expect((await term.exited).exitCode).toBe(0);
    await term.waitFor('brief.html');
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('My shame.');
    expect(html).not.toContain('Why I still check your phone.');
    fs.rmSync(home, { recursive: true, force: true });
  }, 60_000);
});
