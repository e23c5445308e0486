// When the notes folder cannot be written even once more, the journal moves itself, whole, to a
// private rescue folder, so that the words typed after the fault reach a disk (kill -9 safe),
// and `talkturn resume` finds them there.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJournal,
  faultyFs,
  journalDir,
  nodeFs,
  readJournal,
  type Journal,
} from '../../src/notes/index.js';
import { findUnfinishedSessions } from '../../src/notes/rescue.js';
import { config, modeOf, tempDir } from './fixtures.js';

let dir: string;
const open: Journal[] = [];
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  for (const journal of open.splice(0)) journal.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the autosave rescue', () => {
  it('moves the journal to the first rescue folder that takes it, and says where', () => {
    const notesDir = path.join(dir, 'notes');
    let full = false;
    const layer = faultyFs(nodeFs, (call) =>
      full && call.path?.startsWith(notesDir) && call.op !== 'unlink' ? 'ENOSPC' : null,
    );
    const rescued: string[] = [];
    const errors: string[] = [];
    const journal = createJournal({
      notesDir,
      config: config(),
      startedAt: 1_000,
      fs: layer,
      rescueDirs: [path.join(dir, 'rescue')],
      onRescued: (where) => rescued.push(where),
      onError: (error) => errors.push(error.code),
    });
    open.push(journal);
    journal.draft('k', { text: 'before', cursor: 6 }, 1_100);
    full = true;
    journal.draft('k', { text: 'before after', cursor: 12 }, 1_200);
    expect(rescued).toEqual([journalDir(path.join(dir, 'rescue'))]);
    expect(errors).toEqual([]);
    expect(journal.status().ok).toBe(true);
    // Typed after the move: appended there at once, as any key is.
    journal.draft('k', { text: 'before after more', cursor: 17 }, 1_300);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(read.drafts.get('k')?.text).toBe('before after more');
    expect(modeOf(path.dirname(journal.path))).toBe(0o700);
    expect(modeOf(journal.path)).toBe(0o600);
    const found = findUnfinishedSessions(notesDir, [path.join(dir, 'rescue')]);
    expect(found.map((session) => session.path)).toEqual([journal.path]);
  });

  it('says the words are only in memory when no folder takes them', () => {
    const layer = faultyFs(nodeFs, (call) => (call.op === 'unlink' ? null : 'EROFS'));
    const errors: string[] = [];
    const journal = createJournal({
      notesDir: path.join(dir, 'notes'),
      config: config(),
      startedAt: 1_000,
      fs: layer,
      rescueDirs: [path.join(dir, 'rescue')],
      onError: (error) => errors.push(error.code),
    });
    open.push(journal);
    journal.draft('k', { text: 'only here', cursor: 9 }, 1_100);
    journal.flush();
    expect(journal.status().ok).toBe(false);
    expect(errors).toEqual(['read-only']);
  });

  it('lists only the newest copy of a session left in two folders', () => {
    const notesDir = path.join(dir, 'notes');
    const rescue = path.join(dir, 'rescue');
    const old = createJournal({ notesDir, config: config(), startedAt: 1_000, id: 's-1' });
    old.draft('k', { text: 'old', cursor: 3 }, 1_100);
    old.close();
    const moved = createJournal({
      notesDir: rescue,
      config: config(),
      startedAt: 1_000,
      id: 's-1',
    });
    moved.draft('k', { text: 'newer', cursor: 5 }, 1_200);
    moved.close();
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(moved.path, future, future);
    const found = findUnfinishedSessions(notesDir, [rescue]);
    expect(found.map((session) => session.path)).toEqual([moved.path]);
  });
});
