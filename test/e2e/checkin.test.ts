// The daily check-in in a real terminal: both partners through, the note read back; and typed
// words kept when it is stopped part way (Ctrl+C, the terminal closed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCheckinFrontMatter } from '../../src/notes/index.js';
import { ensureBuilt } from '../cli/run-cli.js';
import { startTalkturn, type Terminal } from './terminal.js';

const ENTER = '\r';

beforeAll(ensureBuilt);

const startCheckin = (): Terminal => startTalkturn(['checkin', '--names', 'Ana,Ben']);

function notes(term: Terminal): string[] {
  return readdirSync(term.notesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(term.notesDir, name));
}

async function answer(term: Terminal, question: string, text: string) {
  await term.waitFor(question);
  if (text) {
    await term.type(text);
    await term.waitFor(text);
  }
  term.write(ENTER);
}

async function firstQuestion(term: Terminal) {
  await term.waitFor('Before you start');
  term.write(ENTER);
  await term.waitFor('Check-in: ● Ana');
}

describe('talkturn checkin in a real terminal', () => {
  it('takes both partners through, one number each, and saves the note', async () => {
    const term = startCheckin();
    await firstQuestion(term);
    await answer(term, 'Ana, what is something you appreciated today?', 'the coffee');
    await answer(term, 'Ana, did anything today stir up the hurt?', '');
    await answer(term, 'Ana, what is one thing you need?', 'a walk');
    await term.waitFor('Ana, how safe and close do you feel today?');
    term.write('7');
    await answer(term, 'Ben, what is something you appreciated today?', 'Ana listened');
    await answer(term, 'Ben, did anything today stir up the hurt?', 'a text from work');
    await answer(term, 'Ben, what is one thing you need?', '');
    await term.waitFor('Ben, how safe and close do you feel today?');
    expect(term.screen()).not.toContain('[7]');
    term.write('0');
    await term.waitFor('Check-in saved');
    term.write(ENTER);
    expect((await term.exited).exitCode).toBe(0);

    const [file, ...others] = notes(term);
    expect(others).toEqual([]);
    expect(path.basename(file!)).toMatch(/^\d{4}-\d{2}-\d{2}-\d{4}-checkin\.md$/);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const markdown = readFileSync(file!, 'utf8');
    expect(parseCheckinFrontMatter(markdown)).toMatchObject({
      kind: 'checkin',
      partners: ['Ana', 'Ben'],
      safeAndClose: [7, 10],
    });
    expect(markdown).toContain('> the coffee');
    expect(markdown).toContain('> a text from work');
    const left = term.screen() + term.scrollback();
    expect(left).toContain(`Your check-in is in ${file}`);
    expect(left).not.toContain('the coffee');
  });

  const EXIT = { 'Ctrl+C': 0, SIGHUP: 129, SIGTERM: 143 } as const;
  for (const stop of ['Ctrl+C', 'SIGHUP', 'SIGTERM'] as const) {
    it(`keeps what was typed when stopped part way (${stop}), and answers nothing unasked`, async () => {
      const term = startCheckin();
      await firstQuestion(term);
      await answer(term, 'Ana, what is something you appreciated today?', 'the coffee');
      await term.waitFor('Ana, did anything today stir up the hurt?');
      await term.type('the phone at dinner');
      await term.waitFor('the phone at dinner');
      if (stop === 'Ctrl+C') term.write('\u0003');
      else term.kill(stop);
      const { exitCode } = await term.exited;
      expect(exitCode).toBe(EXIT[stop]);
      const [file] = notes(term);
      const markdown = readFileSync(file!, 'utf8');
      expect(parseCheckinFrontMatter(markdown)).toMatchObject({
        safeAndClose: [null, null],
        completed: false,
        notReached: [1, 2],
      });
      expect(markdown).toContain('> the coffee');
      expect(markdown).toContain('> the phone at dinner');
      // Nobody said "rather not say": Ana never reached her number, Ben never had a turn.
      expect(markdown).not.toMatch(/rather not say/i);
      expect(markdown).toContain('One thing I need:\n\n*We stopped before this question.*');
      expect(markdown).toContain(
        '## Ben\n\n*We stopped before this turn: nothing was asked here.*',
      );
    });
  }

  it('pauses with Ctrl+P, breathes, and goes back to the question with what was typed', async () => {
    const term = startCheckin();
    await firstQuestion(term);
    await term.waitFor('Ctrl+P pause');
    await term.type('the coffee');
    await term.waitFor('the coffee');
    term.write('\u0010');
    await term.waitFor('Paused');
    await term.waitFor('Breathe');
    expect(term.screen()).not.toContain('the coffee');
    term.write(ENTER);
    await term.waitFor('Ana, what is something you appreciated today?');
    await term.waitFor('the coffee');
    term.write(ENTER);
    await term.waitFor('Ana, did anything today stir up the hurt?');
    term.write('\u0003');
    expect((await term.exited).exitCode).toBe(0);
    const markdown = readFileSync(notes(term)[0]!, 'utf8');
    expect(markdown).toContain('> the coffee');
  });
});
