// Folders talkturn writes into are never reached through a link it did not make: a notes
// folder or `.journal` that is a link to a folder anyone can open is refused with one sentence,
// and a `.journal` that is not private is made private.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournal, journalDir, NotesError, saveSession } from '../../src/notes/index.js';
import { completedState, config, modeOf, tempDir } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function openToAll(): string {
  const shared = path.join(dir, 'shared');
  fs.mkdirSync(shared);
  fs.chmodSync(shared, 0o777);
  return shared;
}

function startJournal(notesDir: string) {
  const errors: NotesError[] = [];
  const journal = createJournal({
    notesDir,
    config: config(),
    startedAt: 1_000,
    onError: (error) => errors.push(error),
  });
  journal.draft('k', { text: 'words', cursor: 5 }, 1_100);
  journal.close();
  return errors;
}

describe('links and modes', () => {
  it('refuses a notes folder that is a link to a folder anyone can open', () => {
    const shared = openToAll();
    const notes = path.join(dir, 'notes');
    fs.symlinkSync(shared, notes);
    const errors = startJournal(notes);
    expect(errors[0]?.message).toMatch(/other people can open or change/);
    expect(fs.readdirSync(shared)).toEqual([]);
    expect(() => saveSession({ state: completedState(), notesDir: notes })).toThrow(
      /only you can open/,
    );
    expect(fs.readdirSync(shared)).toEqual([]);
  });

  it('refuses a .journal that is a link, whatever it points to', () => {
    const shared = openToAll();
    const notes = path.join(dir, 'notes');
    fs.mkdirSync(notes, { mode: 0o700 });
    fs.symlinkSync(shared, journalDir(notes));
    const errors = startJournal(notes);
    expect(errors.map((error) => error.code)).toEqual(['permission']);
    expect(fs.readdirSync(shared)).toEqual([]);
  });

  it('makes a .journal that others can open private, and a link to a private folder of ours is fine', () => {
    const real = path.join(dir, 'real');
    fs.mkdirSync(journalDir(real), { recursive: true, mode: 0o700 });
    fs.chmodSync(journalDir(real), 0o755);
    const notes = path.join(dir, 'notes');
    fs.symlinkSync(real, notes);
    fs.chmodSync(real, 0o700);
    expect(startJournal(notes)).toEqual([]);
    expect(modeOf(journalDir(real))).toBe(0o700);
    expect(fs.readdirSync(journalDir(real)).some((name) => name.endsWith('.jsonl'))).toBe(true);
  });
});

describe('a notes folder others can open', () => {
  it('is made private before anything is written in it', () => {
    const notes = path.join(dir, 'notes');
    fs.mkdirSync(notes);
    fs.chmodSync(notes, 0o755);
    saveSession({ state: completedState(), notesDir: notes });
    expect(modeOf(notes)).toBe(0o700);
  });
});
