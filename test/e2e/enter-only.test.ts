// Enter pressed the way people press it when they are upset, in a real terminal: it goes
// through every screen where each of you says something, and never names anyone or answers for
// them. Early keys from the listener never take a turn off the record, and Esc goes back.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { saveSessions } from '../notes/folder-fixtures.js';
import { ENTER } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

const ESC = '\u001b';

describe('pressing only Enter', () => {
  it('names nobody, answers nothing, agrees for nobody, and each agrees by their own number', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-enter-'));
    // An earlier session, so its two agreements come back to be looked at.
    saveSessions(path.join(home, 'notes'), [{ at: '2026-11-22T20:10:00+01:00' }]);
    const term = startTalkturn(
      ['start', '--names', 'Ana,Ben', '--deck', 'hard-questions', '--rounds', '1', '--quiet'],
      { home },
    );

    await term.waitFor('Before you start');
    term.write(ENTER);
    await term.waitFor('One gentle question');
    expect(term.screen()).toContain('› 3. We would rather not say');
    term.write(ENTER);

    // Agreeing is each partner's own to say: Enter says how, and agrees for nobody.
    await term.waitFor('Ground rules');
    term.write(ENTER);
    await term.waitFor('beside your own name');
    expect(term.screen()).not.toContain('agrees ✓');
    expect(term.screen()).not.toContain('›');
    term.write('1');
    await term.waitFor('Ana agrees ✓');
    term.write(ENTER);
    await term.waitFor('beside your own name');
    expect(term.screen()).not.toContain('Ben agrees ✓');
    term.write('2');

    for (const who of ['Ana', 'Ben']) {
      await term.waitFor(`${who} agreed to try`);
      expect(term.screen()).toContain('› 4. Leave it for another time');
      term.write(ENTER);
    }

    // The listener starts typing "you" on the floor screen: nothing is taken off the record.
    await term.waitFor('Ana has the floor');
    term.write('y');
    // A person's keys come apart; on a busy machine two quick writes can arrive as one paste.
    await new Promise((resolve) => setTimeout(resolve, 150));
    term.write('o');
    await term.waitFor('Hold this turn off the record');
    term.write('u');
    await term.waitFor('O off the record');
    expect(term.screen()).not.toContain('Off the record:');

    // A pause, and Enter through it: nobody is said to have asked.
    term.write('p');
    await term.waitFor('Who asked for this pause?');
    expect(term.screen()).toContain('› 3. We would rather not say');
    term.write(ENTER);
    // Nor does Enter say anyone is ready: each says it by their own number.
    await term.waitFor('Ana is ready');
    term.write(ENTER);
    await term.waitFor('beside your own name');
    expect(term.screen()).not.toContain('ready ✓');
    term.write('1');
    await term.waitFor('Ana is ready ✓');
    term.write(ENTER);
    await term.waitFor('beside your own name');
    expect(term.screen()).not.toContain('Ben is ready ✓');
    term.write('2');

    // Enter by accident ends Ana's floor; Esc gives it back.
    await term.waitFor('Ana has the floor');
    term.write(ENTER);
    await term.waitFor('What I heard is');
    term.write(ESC);
    await term.waitFor('Ana has the floor');
    term.write(ENTER);
    await term.waitFor('What I heard is');
    await term.type('You felt alone');
    await term.waitFor('You felt alone');
    term.write(ENTER);

    // Only Ana can say whether Ben got it: Enter says how, and Esc lets Ben change it.
    await term.waitFor('Ana, did Ben get it?');
    term.write(ENTER);
    await term.waitFor('Ana, choose your answer');
    expect(term.screen()).toContain('Did I get it?');
    term.write(ESC);
    await term.waitFor('Reflect back');
    expect(term.screen()).toContain('You felt alone');
    await term.type(' that winter');
    await term.waitFor('You felt alone that winter');
    term.write(ENTER);
    await term.waitFor('Ana, did Ben get it?');
    term.write(ENTER);
    await term.waitFor('Ana, choose your answer');

    // Stopping for today is chosen twice.
    term.write('p');
    await term.waitFor('Who asked for this pause?');
    term.write(ENTER);
    await term.waitFor('Stop for today and save');
    term.write('5');
    await term.waitFor('Choose it again to save and end');
    expect(term.screen()).toContain('Paused');
    term.write('5');
    await term.waitFor('Session saved');
    term.write(ENTER);
    expect((await term.exited).exitCode).toBe(0);

    const saved = readdirSync(term.notesDir)
      .filter((name) => name.endsWith('-hard-questions.md'))
      .map((name) => readFileSync(path.join(term.notesDir, name), 'utf8'));
    expect(saved).toHaveLength(1);
    const notes = saved[0] ?? '';
    expect(notes).not.toMatch(/asked for a pause/);
    expect(notes).toMatch(/- We paused .*\n- We paused /);
    expect(notes).not.toMatch(/repairing/i);
    expect(notes.match(/How it is going: Left for another time\./g)).toHaveLength(2);
    expect(notes).not.toMatch(/It is helping|Yes\.|Partly|Not quite/);
    expect(notes).toContain('> You felt alone that winter');
    expect(notes).toContain('“Did I get it?” *Not answered yet.*');
    expect(notes).toContain('*Ana went back to the floor once before Ben reflected back.*');
    expect(notes).toContain('*Ben took back a reflection to rewrite before Ana answered.*');
    expect(notes).not.toContain('held off the record');
  }, 60_000);
});
