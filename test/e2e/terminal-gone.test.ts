// A check-in's words outlive a kill -9 (a draft on disk as they are typed). And a terminal can go
// away without a SIGHUP reaching talkturn: tmux or ssh closed while the shell
// that started it sends none. Writing to the screen then fails, and the words must still go to
// disk first, as they do for SIGHUP. talkturn runs in a session of its own here (setsid), so the
// closed terminal reaches it only as a failed write.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(ensureBuilt);

/** Waits, on the real clock, for a notes file: the program is in a session the test cannot wait on. */
async function noteIn(term: Terminal, timeoutMs = 15_000): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const found = existsSync(term.notesDir)
      ? readdirSync(term.notesDir).filter((name) => name.endsWith('.md'))
      : [];
    if (found[0]) return readFileSync(path.join(term.notesDir, found[0]), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No notes were written after the terminal closed.');
}

/** Waits, on the real clock, until a file in `dir` whose name matches holds `text`. */
async function fileHolding(dir: string, name: RegExp, text: string, timeoutMs = 10_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const names = existsSync(dir) ? readdirSync(dir).filter((n) => name.test(n)) : [];
    if (names.some((n) => readFileSync(path.join(dir, n), 'utf8').includes(text))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No file in ${dir} came to hold "${text}".`);
}

describe('a check-in killed with kill -9', () => {
  it('keeps what was typed: the next check-in saves it, marked not finished', async () => {
    const term = startTalkturn(['checkin', '--names', 'Ana,Ben']);
    await term.waitFor('Before you start');
    term.write(ENTER);
    await term.waitFor('Ana, what is something you appreciated today?');
    await term.type('the walk by the river');
    // Within a second of the last key the answers are on disk; then the kill, with no warning.
    await fileHolding(path.join(term.notesDir, '.journal'), /^checkin-/, 'the walk by the river');
    term.kill('SIGKILL');
    await term.exited;
    const next = startTalkturn(['checkin', '--names', 'Ana,Ben'], { home: term.home });
    await next.waitFor('Ana, what is something you appreciated today?');
    const note = await noteIn(next);
    expect(note).toContain('> the walk by the river');
    expect(note).toContain('completed: false');
    next.write('\u0003');
    await next.exited;
    expect(next.scrollback() + next.screen()).toContain('A check-in that was stopped before');
  }, 40_000);
});

describe('a terminal closed without a signal', () => {
  it('keeps a check-in answer that was being typed', async () => {
    const term = startTalkturn(['checkin', '--names', 'Ana,Ben'], { wrapper: ['setsid', '-w'] });
    await term.waitFor('Before you start');
    term.write(ENTER);
    await term.waitFor('Ana, what is something you appreciated today?');
    await term.type('the coffee you brought me');
    await term.waitFor('the coffee you brought me');
    term.hangUp();
    const note = await noteIn(term);
    expect(note).toContain('the coffee you brought me');
    expect(note).toContain('completed: false');
  }, 30_000);
});
