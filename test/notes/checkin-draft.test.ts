// A check-in's answers on disk as they are typed, within a second; the next check-in saves the
// draft of one that was killed as a note marked not finished, and never touches a running one's.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCheckinDraft,
  journalDir,
  readNotesFolder,
  rescueCheckinDrafts,
} from '../../src/notes/index.js';
import { checkinAt } from './folder-fixtures.js';
import { tempDir } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

const drafts = () =>
  fs.existsSync(journalDir(dir))
    ? fs.readdirSync(journalDir(dir)).filter((name) => name.startsWith('checkin-'))
    : [];

const typed = (text: string) => {
  const checkin = checkinAt('2026-12-02T21:00:00+01:00', [null, null]);
  return {
    ...checkin,
    answers: checkin.answers.map((a, i) => ({ ...a, appreciated: i === 0 ? text : '' })),
  };
};

describe('the check-in draft', () => {
  it('is on disk within a second of each change, private, and gone once the note is saved', () => {
    const draft = createCheckinDraft(dir, { startedAt: 1 });
    draft.keep(typed('the tea'));
    draft.keep(typed('the tea you made'));
    vi.advanceTimersByTime(1_000);
    const [name] = drafts();
    const file = path.join(journalDir(dir), name!);
    expect(fs.readFileSync(file, 'utf8')).toContain('the tea you made');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    draft.remove();
    expect(drafts()).toEqual([]);
  });

  it('of a check-in that was killed becomes its note, marked not finished', () => {
    fs.mkdirSync(journalDir(dir), { recursive: true, mode: 0o700 });
    // A pid surely dead: far above Linux's pid_max.
    const file = path.join(journalDir(dir), `checkin-${2 ** 30}-5.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({ format: 'talkturn-checkin-draft', version: 1, checkin: typed('a walk') }),
    );
    const [saved] = rescueCheckinDrafts(dir);
    expect(fs.readFileSync(saved!, 'utf8')).toContain('> a walk');
    expect(fs.existsSync(file)).toBe(false);
    const [note] = readNotesFolder(dir).notes;
    expect(note?.kind === 'checkin' && note.front.completed).toBe(false);
  });

  it('of a check-in still running, or one that cannot be read, is left alone', () => {
    fs.mkdirSync(journalDir(dir), { recursive: true, mode: 0o700 });
    const running = path.join(journalDir(dir), `checkin-${process.ppid}-5.json`);
    const garbled = path.join(journalDir(dir), `checkin-${2 ** 30}-6.json`);
    fs.writeFileSync(
      running,
      JSON.stringify({ format: 'talkturn-checkin-draft', version: 1, checkin: typed('mine') }),
    );
    fs.writeFileSync(garbled, '{"format":"talkturn-checkin-dr');
    expect(rescueCheckinDrafts(dir)).toEqual([]);
    expect(fs.existsSync(running)).toBe(true);
    expect(fs.existsSync(garbled)).toBe(true);
  });
});
