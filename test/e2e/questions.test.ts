// The question ledger in a real terminal: a question written on "Monday" (an injected date)
// survives kill -9 while it is typed, comes back in "Thursday's" talk as the prompt, is answered
// in a timed, reflected turn, and keeps its history of statuses; the same, locked with --encrypt.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(ensureBuilt);

const MONDAY = '2026-11-23T21:00:00+01:00';
const THURSDAY = '2026-11-26T20:00:00+01:00';
const FRIDAY = '2026-11-27T09:00:00+01:00';
const QUESTION = 'What did that winter mean to you?';
const PASSPHRASE = 'a long walk by the river';
/** A locked ledger and notes are opened with scrypt first: on a busy machine, seconds. */
const OPENING_MS = 30_000;

function ledgerText(home: string): string {
  return readFileSync(path.join(home, 'notes', '.questions', 'questions.jsonl'), 'utf8');
}

/** Ana answers, Ben reflects; a kill -9 mid-reflection, `talkturn resume`, and on to the end. */
async function answeredTurn(term: Terminal, home: string, env: Record<string, string>) {
  await term.waitFor('Ana has the floor');
  await term.waitFor(QUESTION);
  await term.waitFor('Ben asked this on 23 Nov');
  term.write(ENTER);
  await term.waitFor('What I heard is');
  await term.type('You felt alone and hid it');
  await term.waitFor('You felt alone and hid it');
  term.kill('SIGKILL');
  await term.exited;

  const resumed = startTalkturn(['resume', '--quiet'], {
    home,
    env: { ...env, TALKTURN_NOW: THURSDAY },
  });
  // A locked talk and a locked ledger are each opened with the passphrase first (seconds).
  await resumed.waitFor('An unfinished session', 30_000);
  resumed.write('1');
  await resumed.waitFor('Reflect back');
  await resumed.waitFor('You felt alone and hid it');
  resumed.write(ENTER);
  await resumed.waitFor('Did I get it?');
  resumed.write('1');
  await resumed.waitFor('Where does this question stand?');
  await resumed.waitFor('Ben, you asked this');
  resumed.write('2');
  for (let i = 0; i < 6; i++) {
    await resumed.waitFor(i % 2 === 0 ? 'Ana, ' : 'Ben, ');
    resumed.write(ENTER);
  }
  await resumed.waitFor('Session saved');
  resumed.write(ENTER);
  expect((await resumed.exited).exitCode).toBe(0);
}

async function monday(home: string, env: Record<string, string>, extra: string[] = []) {
  const args = ['questions', '--names', 'Ana,Ben', ...extra];
  const first = startTalkturn(args, { home, env: { ...env, TALKTURN_NOW: MONDAY } });
  await first.waitFor('Your questions', OPENING_MS);
  await first.waitFor('No questions are open');
  first.write('n');
  await first.waitFor('What would you like to ask?');
  await first.waitFor('what something meant');
  await first.waitFor('Graphic sexual detail is best left out');
  await first.type(QUESTION);
  await first.waitFor(QUESTION);
  // kill -9 while it is typed: the words are back when the screen opens again.
  first.kill('SIGKILL');
  await first.exited;

  const again = startTalkturn(args, { home, env: { ...env, TALKTURN_NOW: MONDAY } });
  await again.waitFor('What would you like to ask?', OPENING_MS);
  await again.waitFor(QUESTION);
  again.write(ENTER);
  await again.waitFor('Who is asking?');
  again.write('2');
  await again.waitFor(`“${QUESTION}” — Ben, 23 Nov`);
  await again.waitFor('One question is waiting for a talk');
  again.write('\u0003');
  expect((await again.exited).exitCode).toBe(0);
}

async function thursday(home: string, env: Record<string, string>) {
  const term = startTalkturn(
    ['start', '--names', 'Ana,Ben', '--deck', 'your-questions', '--turn', '1m', '--quiet'],
    { home, env: { ...env, TALKTURN_NOW: THURSDAY } },
  );
  await term.waitFor('Before you start', OPENING_MS);
  term.write(ENTER);
  await term.waitFor('Which would you like to bring up today?', OPENING_MS);
  await term.waitFor(QUESTION);
  term.write('1');
  await term.waitFor('Start with this one');
  term.write('2');
  await term.waitFor('Ground rules');
  term.write('1');
  await term.waitFor('Ana agrees ✓');
  term.write('2');
  await answeredTurn(term, home, env);
}

async function friday(home: string, env: Record<string, string>) {
  const term = startTalkturn(['questions', '--names', 'Ana,Ben'], {
    home,
    env: { ...env, TALKTURN_NOW: FRIDAY },
  });
  await term.waitFor(`“${QUESTION}” — Ben, 23 Nov · 1 talk`, OPENING_MS);
  term.write('3');
  await term.waitFor('Ben asked on 23 Nov · brought to 1 talk');
  await term.waitFor('23 Nov: still open');
  await term.waitFor('26 Nov: still open (in a talk)');
  term.write('3');
  await term.waitFor('asked again');
  term.write('\u0003');
  expect((await term.exited).exitCode).toBe(0);
}

describe('the question ledger', () => {
  it('brings a question written on Monday to Thursday’s talk, and keeps its history', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-questions-'));
    await monday(home, {});
    await thursday(home, {});
    const notes = readdirSync(path.join(home, 'notes')).filter((f) => f.endsWith('.md'));
    expect(notes).toHaveLength(1);
    const note = readFileSync(path.join(home, 'notes', notes[0]!), 'utf8');
    expect(note).toContain(QUESTION);
    expect(note).toContain('You felt alone and hid it');
    expect(note).toContain('**Marked:** still open.');
    // The talk was killed and resumed: the ledger counts it once.
    expect(ledgerText(home).match(/"t":"brought"/g)).toHaveLength(1);
    expect(ledgerText(home).match(/"t":"status"/g)).toHaveLength(1);
    await friday(home, {});
    const ledger = ledgerText(home);
    expect(ledger).toContain('"status":"asked-again"');
    const file = path.join(home, 'notes', '.questions', 'questions.jsonl');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  }, 90_000);

  it('does the same locked with --encrypt, and nothing of the question is on disk in the clear', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-questions-locked-'));
    const env = { TALKTURN_PASSPHRASE: PASSPHRASE };
    await monday(home, env, ['--encrypt']);
    expect(ledgerText(home)).not.toContain('winter');
    await thursday(home, env);
    const notes = readdirSync(path.join(home, 'notes'));
    expect(notes.filter((f) => f.endsWith('.md.age'))).toHaveLength(1);
    expect(notes.filter((f) => f.endsWith('.md'))).toHaveLength(0);
    await friday(home, env);
    expect(ledgerText(home)).not.toContain('winter');
    expect(ledgerText(home)).not.toContain('asked-again');
  }, 120_000);

  it('talkturn moment: a private entry, its counts for the writer, none of it on the shared list', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-moment-'));
    const env = { TALKTURN_NOW: MONDAY };
    const term = startTalkturn(['moment', '--names', 'Ana,Ben'], { home, env });
    await term.waitFor('Who is writing?');
    term.write('2');
    await term.waitFor('When was it?');
    await term.type('on the bus');
    await term.waitFor('on the bus');
    term.write(ENTER);
    await term.waitFor('How strong was it');
    term.write('n');
    await term.waitFor('What set it off?');
    await term.type('a song on the radio');
    await term.waitFor('a song on the radio');
    term.write(ENTER);
    await term.waitFor('What helped');
    term.write(ENTER);
    await term.waitFor('bring this moment');
    term.write('2');
    await term.waitFor('Moments you have written: 1 in the last week');
    term.write(ENTER);
    expect((await term.exited).exitCode).toBe(0);
    expect(ledgerText(home)).toContain('"strength":null');

    const list = startTalkturn(['questions', '--names', 'Ana,Ben'], { home, env });
    await list.waitFor('No questions are open');
    expect(list.screen()).not.toContain('radio');
    list.write('\u0003');
    expect((await list.exited).exitCode).toBe(0);
  }, 60_000);
});
