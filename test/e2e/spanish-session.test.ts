// A whole short session under LANG=es_ES.UTF-8 in a real terminal, then history and both
// exports, in Spanish; and the Spanish note read back by an English history.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../cli/run-cli.js';
import { setLanguage, words } from '../../src/words/index.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(() => {
  ensureBuilt();
  setLanguage('es', 'ES');
});
afterAll(() => setLanguage('en'));

const ENTER = '\r';
const ES = { LANG: 'es_ES.UTF-8' };

/** English words that Spanish never uses: one of them on a Spanish screen is a word not moved. */
const ENGLISH =
  /\b(the|and|you|your|what|press|choose|with|this|that|here|when|session|prompt|floor|heard|agrees|ready|saved|notes|closing|partner|talk|quit|hide|skip|back|done|more|line|off record)\b/i;

/** The English words on a screen, footer and all (its key words are Spanish too). */
function englishOn(screen: string): string[] {
  // The markers talkturn reads notes back by are for machines, the same in every language.
  return (
    screen
      .replace(/<!--.*?-->/g, '')
      .split('\n')
      // A path is a path in every language (…/notes/2026-…-hard-questions.md).
      .map((row) => row.replace(/\S*\/\S*/g, ''))
      .flatMap((row) => row.match(new RegExp(ENGLISH.source, 'gi')) ?? [])
  );
}

async function see(term: Terminal, text: string) {
  await term.waitFor(text, 8_000);
  expect(englishOn(term.screen()), `English on "${text}":\n${term.screen()}`).toEqual([]);
}

describe('a couple in Spanish, from the set-up to the therapy export', () => {
  it('holds a session, then reads history and exports in Spanish; English history reads it', async () => {
    const said = words();
    const term = startTalkturn(
      [
        'start',
        '--names',
        'Ana,Ben',
        '--deck',
        'hard-questions',
        '--rounds',
        '1',
        '--turn',
        '3s',
        '--quiet',
      ],
      { env: ES },
    );
    await see(term, said.safety.title);
    term.write(ENTER);
    await see(term, said.setup.role.title);
    term.write('3');
    await see(term, said.groundRules.title);
    term.write('1');
    await term.waitFor(said.groundRules.agrees('Ana'));
    term.write('2');
    for (const [speaker, listener] of [
      ['Ana', 'Ben'],
      ['Ben', 'Ana'],
    ] as const) {
      await see(term, said.floor.title(speaker));
      await term.waitFor(said.common.timeUp, 8_000);
      term.write(ENTER);
      await see(term, said.listener.reflect.title);
      await term.type(`${listener} oyó que ${speaker} se sintió sola`);
      await term.waitFor('sola');
      term.write(ENTER);
      await see(term, said.check.title);
      term.write('1');
    }
    await see(term, said.closing.title);
    const { ask } = said.closing;
    for (const [question, answer] of [
      [ask.appreciation('Ben'), 'gracias por escuchar'],
      [ask.appreciation('Ana'), 'gracias'],
      [ask.agreement('Ben'), 'un paseo el domingo'],
      [ask.agreement('Ana'), ''],
      [ask.therapy('Ben'), ''],
      [ask.therapy('Ana'), 'el dinero'],
    ] as const) {
      await see(term, question);
      if (answer) {
        await term.type(answer);
        await term.waitFor(answer);
      }
      term.write(ENTER);
    }
    await see(term, said.saved.title);
    term.write(ENTER);
    expect((await term.exited).exitCode).toBe(0);

    const [file] = readdirSync(term.notesDir).filter((f) => f.endsWith('.md'));
    const notes = readFileSync(path.join(term.notesDir, file!), 'utf8');
    expect(notes).toContain('Ben oyó que Ana se sintió sola');
    expect(notes).toContain(said.notes.titleTwo);
    const body = notes.slice(notes.indexOf('\n---\n') + 5);
    expect(englishOn(body), body).toEqual([]);

    // The day's check-in, in Spanish too, in the same home.
    const checkin = startTalkturn(['checkin', '--names', 'Ana,Ben'], { env: ES, home: term.home });
    const { questions: asked, number } = said.checkin;
    // The safety notice comes first whenever it has not been seen in this home yet.
    await checkin.waitFor(new RegExp(`${said.safety.title}|${said.checkin.titleLead}`));
    if (checkin.screen().includes(said.safety.title)) checkin.write(ENTER);
    for (const [name, appreciated, need, picked] of [
      ['Ana', 'el café', 'un paseo', '7'],
      ['Ben', 'que me escuchó', '', '0'],
    ] as const) {
      for (const [question, answer] of [
        [asked.appreciated.ask(name), appreciated],
        [asked.stirred.ask(name), ''],
        [asked.need.ask(name), need],
      ] as const) {
        await see(checkin, question);
        if (answer) {
          await checkin.type(answer);
          await checkin.waitFor(answer);
        }
        checkin.write(ENTER);
      }
      await see(checkin, number.ask(name));
      checkin.write(picked);
    }
    await see(checkin, said.checkin.saved.title);
    checkin.write(ENTER);
    expect((await checkin.exited).exitCode).toBe(0);
    const [checkinFile] = readdirSync(term.notesDir).filter((f) => f.endsWith('-checkin.md'));
    const checkinNote = readFileSync(path.join(term.notesDir, checkinFile!), 'utf8');
    expect(checkinNote).toContain('el café');
    const checkinBody = checkinNote.slice(checkinNote.indexOf('\n---\n') + 5);
    expect(englishOn(checkinBody), checkinBody).toEqual([]);

    const env = { ...ES, HOME: term.home, TALKTURN_NOTES_DIR: term.notesDir };
    const history = runCli(['history'], env);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain(said.history.talksHeading);
    expect(englishOn(history.stdout), history.stdout).toEqual([]);
    expect(history.stdout).toContain(said.checkin.titleLead.trim().replace(/:$/, ''));

    const plain = runCli(['export'], env);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(said.export.title);
    expect(englishOn(plain.stdout), plain.stdout).toEqual([]);

    const brief = runCli(['export', '--for-therapy', '--approved-by', 'Ana,Ben'], env);
    expect(brief.code, brief.stderr).toBe(0);
    expect(brief.stdout).toContain(said.brief.title);
    expect(englishOn(brief.stdout), brief.stdout).toEqual([]);

    // The same notes, read by talkturn in English.
    const english = runCli(['history'], { ...env, LANG: 'C' });
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Your conversations and check-ins');
    expect(english.stdout).toContain('un paseo el domingo');
  }, 90_000);
});
