// Words typed into a reflection survive the program being killed, the terminal being closed,
// SIGTERM and Ctrl+C: each trial types, stops the program, resumes, and looks for the text.
import { readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/notes/index.js';
import { ensureBuilt } from '../cli/run-cli.js';
import { toReflection } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(ensureBuilt);

const PHRASE = 'what I heard is that you felt alone and scared for a long time ';

/** Types in small bursts, as a person does, and returns how much was sent and when. */
async function typeFor(term: Terminal, chars: number): Promise<{ sent: string; sentAt: number[] }> {
  let sent = '';
  const sentAt: number[] = [];
  while (sent.length < chars) {
    const next = PHRASE[sent.length % PHRASE.length]!;
    term.write(next);
    sent += next;
    sentAt.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  return { sent, sentAt };
}

/** The reflection's text as the journal holds it, read as resume reads it. */
function journalDraft(notesDir: string): string {
  const dir = path.join(notesDir, '.journal');
  const file = readdirSync(dir).find((name) => name.endsWith('.jsonl'));
  if (!file) return '';
  // A line cut off by the kill is dropped by the reader, as resume drops it.
  const read = readJournal(path.join(dir, file));
  if (!read.ok) return '';
  const reflections = [...read.drafts].filter(([key]) => key.startsWith('reflect:'));
  return reflections.at(-1)?.[1].text ?? '';
}

type Stop = 'SIGKILL' | 'SIGHUP' | 'SIGTERM' | 'Ctrl+C';
const STOPS: Stop[] = [
  'SIGKILL',
  'SIGKILL',
  'SIGKILL',
  'SIGKILL',
  'SIGKILL',
  'SIGHUP',
  'SIGTERM',
  'Ctrl+C',
];

describe('nothing typed is lost', () => {
  it(`survives ${STOPS.length} interruptions while someone types a reflection`, async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-faults-'));
    const report: string[] = [];
    for (const [trial, stop] of STOPS.entries()) {
      const notesDir = path.join(home, `notes-${trial}`);
      const env = { TALKTURN_NOTES_DIR: notesDir };
      const term = startTalkturn(['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '1m'], {
        home,
        env,
      });
      await toReflection(term, { firstRun: trial === 0 });
      // A random moment, from a second and a half to four seconds into the typing.
      const chars = 100 + Math.floor(Math.random() * 150);
      const { sent, sentAt } = await typeFor(term, chars);
      if (stop === 'Ctrl+C') {
        await term.waitFor(sent.slice(-5).trimEnd() || sent.slice(-5));
        term.write('\u0003');
      } else {
        term.kill(stop);
      }
      const killedAt = Date.now();
      await term.exited;

      const kept = journalDraft(notesDir);
      expect(sent.startsWith(kept)).toBe(true);
      const lost = sent.length - kept.length;
      // kill -9 may lose only the keys still in flight: those sent in the last second.
      const inLastSecond = sentAt.filter((t) => t > killedAt - 1000).length;
      if (stop === 'SIGKILL') expect(lost).toBeLessThanOrEqual(inLastSecond);
      else expect(lost).toBe(0);
      expect(sentAt[0]!).toBeLessThan(killedAt - 1000);
      expect(kept.length).toBeGreaterThanOrEqual(sentAt.filter((t) => t <= killedAt - 1000).length);
      report.push(`${stop}: typed ${sent.length}, kept ${kept.length}, lost ${lost}`);

      // The words come back on screen, in the same place.
      const resumed = startTalkturn(['resume'], { home, env });
      await resumed.waitFor('An unfinished session');
      resumed.write('1');
      await resumed.waitFor('Reflect back');
      await resumed.waitFor(kept.trimEnd().slice(-12));
      resumed.write('\u0003');
      expect((await resumed.exited).exitCode).toBe(0);
    }
    console.log(`Fault trials:\n  ${report.join('\n  ')}`);
  }, 180_000);
});

describe('a plain talkturn after a fault', () => {
  it('offers the unfinished session first, then a new one', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-offer-'));
    const term = startTalkturn(['start', '--names', 'Ana,Ben', '--rounds', '1'], { home });
    await toReflection(term);
    await term.type('we were both so tired');
    await term.waitFor('so tired');
    term.kill('SIGKILL');
    await term.exited;

    const again = startTalkturn([], { home });
    await again.waitFor('An unfinished session');
    expect(again.screen()).toContain('Carry on: Ana & Ben · The hard questions');
    expect(again.screen()).toContain('2. Start a new session');
    again.write('1');
    await again.waitFor('we were both so tired');
    expect(again.screen()).toContain('Reflect back');
    again.write('\u0003');
    await again.exited;
    expect(again.screen()).toContain('talkturn resume');
  });
});
