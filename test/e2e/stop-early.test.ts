// "Stop for today and save" from a pause, in a real terminal: what the listener was still typing
// is in the saved notes, marked as theirs and not sent, and the pause's numbers never move.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER, toTheFloor } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

const CTRL_P = '\u0010';

describe('stopping for today from a pause', () => {
  it('saves the reflection that was being typed, as not sent, and leaves no autosave behind', async () => {
    const args = ['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5s', '--quiet'];
    const term = startTalkturn(args);
    await toTheFloor(term);
    term.write(ENTER);
    await term.waitFor('Reflect back');
    // A first reflection, answered "Not quite", then a second one begun.
    await term.type('you feel I am patient with the kids');
    await term.waitFor('the kids');
    term.write(ENTER);
    await term.waitFor('Did I get it?');
    term.write('3');
    await term.waitFor('What was missed is');
    term.write(ENTER);
    await term.waitFor('Ana has the floor');
    term.write(ENTER);
    await term.waitFor('Reflect back');
    await term.type('you feel I am patient with the kids and');
    await term.waitFor('kids and');

    term.write(CTRL_P);
    await term.waitFor('Who asked for this pause?');
    term.write(ENTER); // We would rather not say
    await term.waitFor('Ana is ready');
    // Four presses of "A shorter break" from 20 minutes: the fourth takes nothing.
    for (const left of ['15:00', '10:00', '5:00']) {
      term.write('4');
      await term.waitFor(`Break: ${left} left`);
    }
    term.write('4');
    await term.waitFor('The break cannot be shorter than 5 minutes.');
    expect(term.screen()).not.toContain('Choose it again');
    expect(term.screen()).toContain('5. Stop for today and save');
    term.write('5');
    await term.waitFor('Choose it again');
    term.write('5');
    await term.waitFor('Session saved');

    const notes = readdirSync(term.notesDir).filter((name) => name.endsWith('.md'));
    expect(notes).toHaveLength(1);
    const text = readFileSync(path.join(term.notesDir, notes[0]!), 'utf8');
    expect(text).toContain('*Ben was still writing a reflection when the session stopped.');
    expect(text).toContain('> you feel I am patient with the kids and\n');
    // The first reflection is there with its answer; the unsent one has none.
    expect(text).toContain('“Did I get it?” Ana: **Not quite.**');
    const unsent = text.slice(text.indexOf('with the kids and'));
    expect(unsent).not.toContain('Did I get it?');
    expect(unsent).not.toContain('reflected again');
    expect(readdirSync(path.join(term.notesDir, '.journal'))).toEqual([]);
    term.kill();
  }, 60_000);
});
