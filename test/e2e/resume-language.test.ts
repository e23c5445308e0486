// A talk started with --lang es on a laptop whose locale is not Spanish, stopped with Ctrl+C, then
// resumed with exactly the command it printed: the screens and the notes stay in Spanish.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { setLanguage, words } from '../../src/words/index.js';
import { ENTER } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(() => {
  ensureBuilt();
  setLanguage('es', 'ES');
});
afterAll(() => setLanguage('en'));

const NOT_SPANISH = { LANG: 'C.UTF-8' };
const CTRL_C = '\u0003';
const CTRL_P = '\u0010';

/** English words that Spanish never uses (as in spanish-session.test.ts). */
const ENGLISH =
  /\b(the|and|you|your|what|press|choose|with|this|that|here|when|session|prompt|floor|heard|agrees|ready|saved|notes|closing|partner|talk|quit|hide|skip|back|done|more|line|carry|started|reflect|unfinished|wednesday|december|got)\b/gi;

function englishOn(text: string): string[] {
  return text
    .replace(/<!--.*?-->/g, '')
    .split('\n')
    .map((row) => row.replace(/\S*\/\S*/g, ''))
    .flatMap((row) => row.match(ENGLISH) ?? []);
}

async function see(term: Terminal, text: string) {
  await term.waitFor(text, 8_000);
  expect(englishOn(term.screen()), `English on "${text}":\n${term.screen()}`).toEqual([]);
}

describe('a talk in Spanish, resumed under a locale that is not', () => {
  it('comes back in Spanish with the printed command, and its notes are Spanish', async () => {
    const said = words();
    const args = ['--lang', 'es', 'start', '--names', 'Ana,Ben', '--deck', 'hard-questions'];
    const first = startTalkturn([...args, '--turn', '1m', '--rounds', '1', '--quiet'], {
      env: NOT_SPANISH,
    });
    await see(first, said.safety.title);
    first.write(ENTER);
    await see(first, said.setup.role.title);
    first.write(ENTER); // the neutral answer
    await see(first, said.groundRules.title);
    first.write('1');
    await first.waitFor(said.groundRules.agrees('Ana'));
    first.write('2');
    await see(first, said.floor.title('Ana'));
    first.write(ENTER);
    await see(first, said.listener.reflect.title);
    const reflection = 'Escuché que te sentiste sola durante meses';
    await first.type(reflection);
    await first.waitFor('meses');
    first.write(CTRL_C);
    await first.exited;
    const farewell = `${first.scrollback()}\n${first.screen()}`;
    expect(farewell).toContain(said.farewell.allSaved);
    const printed = /usa: (.+)$/m.exec(farewell)?.[1]?.trim();
    expect(printed, farewell).toBeTruthy();

    // Exactly what it printed, under the same locale.
    const again = startTalkturn([], {
      env: NOT_SPANISH,
      home: first.home,
      command: printed!.split(' '),
    });
    await see(again, said.setup.resume.titleOne);
    again.write('1');
    await see(again, said.listener.reflect.title);
    expect(again.screen()).toContain('meses');
    again.write(ENTER);
    await see(again, said.check.title);
    again.write('1');
    await see(again, said.floor.title('Ben'));
    again.write(CTRL_P);
    await see(again, said.pause.title);
    again.write(ENTER); // Preferimos no decirlo
    await see(again, said.pause.ready('Ana'));
    again.write('5');
    await see(again, said.pause.againShort.split(' ')[0]!);
    again.write('5');
    await see(again, said.saved.title);
    again.write(ENTER);
    await again.exited;

    const [file] = readdirSync(first.notesDir).filter((name) => name.endsWith('.md'));
    const notes = readFileSync(path.join(first.notesDir, file!), 'utf8');
    expect(notes).toContain(reflection);
    expect(notes).toContain(said.notes.titleTwo);
    const body = notes.slice(notes.indexOf('\n---\n') + 5);
    expect(englishOn(body), body).toEqual([]);
  }, 90_000);
});
