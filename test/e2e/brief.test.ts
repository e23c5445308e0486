// The therapist's brief in a real terminal at 40x12: the couple looks it over on the one
// full-screen runner, takes a line out, approves by name, and only then is the page written.
import fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { LONG_REFLECTION, LONG_TOPIC, marks, saveLongLines } from '../export/brief-long-fixture.js';
import { saveSessions } from '../notes/folder-fixtures.js';
import { ENTER } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

const DOWN = '\u001B[B';

/** Sends a key and waits for the screen to change. */
async function press(term: Terminal, key: string): Promise<void> {
  const before = term.screen();
  term.write(key);
  await term.waitFor((screen) => screen !== before);
}

/** Every page of the highlighted line: M until the first page comes back. */
async function readPages(term: Terminal): Promise<string> {
  const first = term.screen();
  const pages = [first];
  for (let i = 0; i < 100; i++) {
    await press(term, 'm');
    if (term.screen() === first) return pages.join('\n');
    pages.push(term.screen());
  }
  throw new Error(`M never came back to the first page:\n${first}`);
}

/** `export --for-therapy --out <home>/brief.html` at 40x12, from notes `fill` writes. */
function exportBrief(fill: (notesDir: string) => void): {
  term: Terminal;
  home: string;
  out: string;
} {
  const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-e2e-brief-'));
  fill(path.join(home, 'notes'));
  const out = path.join(home, 'brief.html');
  const term = startTalkturn(['export', '--for-therapy', '--out', out], {
    home,
    cols: 40,
    rows: 12,
  });
  return { term, home, out };
}

/** The numbered words seen, each once, in order. */
const seen = (text: string, mark: string) => [...new Set(marks(text, mark))];

beforeAll(ensureBuilt);

describe('the brief on screen', () => {
  it('is written only once both approve it by name, without the line taken out', async () => {
    const { term, home, out } = exportBrief((notes) =>
      saveSessions(notes, [
        {
          at: '2026-11-24T18:05:00+01:00',
          therapy: ['Why I still check your phone.', 'My shame.'],
        },
      ]),
    );
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

  it('shows every word of a long topic and a long reflection page by page, and writes just those', async () => {
    const { term, home, out } = exportBrief(saveLongLines);
    await term.waitFor('Your brief');
    await term.waitFor('› Topic 1, Ana:');
    await term.waitFor('M more');
    const topic = seen(await readPages(term), 'tpc');
    // Down to the long reflection, the last line: its first row says it is left out.
    for (let i = 0; i < 7; i++) await press(term, DOWN);
    await term.waitFor('› Reflection (left out), Ana,');
    term.write('x');
    await term.waitFor('› Reflection, Ana, reflecting Ben:');
    const reflection = seen(await readPages(term), 'ref');
    expect(reflection.at(-1)).not.toBe('ref1200');
    term.write(ENTER);
    await term.waitFor('Approve the brief');
    term.write('1');
    await term.waitFor('Ana approves ✓');
    term.write('2');
    expect((await term.exited).exitCode).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    // The file holds exactly the words the couple paged through, and says the rest is in the notes.
    expect(marks(html, 'tpc')).toEqual(topic);
    expect(marks(html, 'ref')).toEqual(reflection);
    expect(topic).toEqual(marks(LONG_TOPIC, 'tpc').slice(0, topic.length));
    expect(reflection).toEqual(marks(LONG_REFLECTION, 'ref').slice(0, reflection.length));
    expect(html.match(/\(the rest is in our notes\)/g)).toHaveLength(2);
    fs.rmSync(home, { recursive: true, force: true });
  }, 90_000);
});
