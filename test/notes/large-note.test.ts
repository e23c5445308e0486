// Whatever talkturn accepts into a field it saves and reads back: a field holds at most
// 100,000 characters (a longer paste keeps its first part), and a session whose every field is
// full is still read by the history and the export.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readNotesFolder, saveSession } from '../../src/notes/index.js';
import { MAX_FIELD_CHARS } from '../../src/session/limits.js';
import { reduceTextBuffer } from '../../src/ui/text-area/buffer.js';
import { completedState, tempDir, withAllTexts } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a very long paste', () => {
  it('fills a field up to its limit and no further', () => {
    const paste = 'what I heard, and more. '.repeat(115_000); // about 2.7 MB
    const state = reduceTextBuffer({ text: '', cursor: 0 }, { type: 'insert', text: paste });
    expect(state.text.length).toBe(MAX_FIELD_CHARS);
    expect(paste.startsWith(state.text)).toBe(true);
    const more = reduceTextBuffer(state, { type: 'insert', text: 'x' });
    expect(more.text.length).toBe(MAX_FIELD_CHARS);
  });

  it('a session with every field full is saved and read back whole', () => {
    const full = '€'.repeat(MAX_FIELD_CHARS - 1) + '!';
    const { path } = saveSession({ state: withAllTexts(completedState(), full), notesDir: dir });
    // Fourteen full fields, each written once (the body is the record): about 4 MB.
    expect(fs.statSync(path).size).toBeGreaterThan(4 * 1000 * 1000);
    const folder = readNotesFolder(dir);
    expect(folder.skipped).toEqual([]);
    expect(folder.notes).toHaveLength(1);
    const [note] = folder.notes;
    const read = note?.kind === 'session' ? note.front.details : null;
    expect(read?.reflections.every((r) => r.text === full)).toBe(true);
    expect(read?.agreements.map((a) => a.text)).toEqual([full, full]);
  });
});
