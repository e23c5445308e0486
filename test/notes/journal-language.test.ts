// The journal keeps the language a talk is held in, so `talkturn resume` and the notes speak it
// whatever the machine's locale; journals from before it still open, in the language of the run.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJournal,
  findInterruptedSessions,
  readJournal,
  resumeJournal,
  serializeRecord,
  type Journal,
} from '../../src/notes/index.js';
import { speakSessionsLanguage } from '../../src/start/session-language.js';
import { language, setLanguage } from '../../src/words/index.js';
import { config, tempDir } from './fixtures.js';

let dir: string;
const open: Journal[] = [];
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  for (const journal of open.splice(0)) journal.close();
  fs.rmSync(dir, { recursive: true, force: true });
  setLanguage('en');
});

function started(overrides: Parameters<typeof config>[0] = {}): Journal {
  const journal = createJournal({ notesDir: dir, config: config(overrides), startedAt: 1_000 });
  open.push(journal);
  return journal;
}

describe('the language of a session, in its journal', () => {
  it('is the language the talk began in, and comes back when it is resumed', () => {
    const journal = started({ language: 'es' });
    journal.flush();
    journal.close();
    open.pop();
    const read = readJournal(journal.path);
    expect(read.ok && read.config.language).toBe('es');
    const [found] = findInterruptedSessions(dir);
    expect(found?.language).toBe('es');
    // Resumed (and so rewritten), it keeps it.
    const again = resumeJournal(journal.path);
    open.push(again.journal);
    expect(again.contents.config.language).toBe('es');
    again.journal.flush();
    const reread = readJournal(journal.path);
    expect(reread.ok && reread.config.language).toBe('es');
  });

  it('is nothing in a journal from before, which still opens; an unknown one is dropped', () => {
    const journal = started();
    journal.close();
    open.pop();
    const header = (lang?: unknown) =>
      serializeRecord({
        t: 'header',
        format: 'talkturn-journal',
        version: 3,
        id: 'old',
        startedAt: 1_000,
        config: { ...config(), ...(lang === undefined ? {} : { language: lang as string }) },
      });
    for (const [given, expected] of [
      [undefined, undefined],
      ['xx', undefined],
      [42, undefined],
      ['es', 'es'],
    ] as const) {
      fs.writeFileSync(journal.path, header(given));
      const read = readJournal(journal.path);
      expect(read.ok, String(given)).toBe(true);
      expect(read.ok && read.config.language).toBe(expected);
      expect(findInterruptedSessions(dir)[0]?.language).toBe(expected);
    }
  });

  it('is spoken on resume unless --lang chose this run’s, and only when the sessions agree', () => {
    speakSessionsLanguage([{ language: 'es' }], ['node', 'talkturn', 'resume']);
    expect(language()).toBe('es');
    setLanguage('en');
    speakSessionsLanguage([{ language: 'es' }], ['node', 'talkturn', '--lang', 'en', 'resume']);
    expect(language()).toBe('en');
    speakSessionsLanguage([{ language: 'es' }, { language: 'en' }], ['node', 'talkturn']);
    expect(language()).toBe('en');
    speakSessionsLanguage([{ language: 'es' }, {}], ['node', 'talkturn']);
    expect(language()).toBe('en');
    speakSessionsLanguage([{}], ['node', 'talkturn']);
    expect(language()).toBe('en');
  });
});
