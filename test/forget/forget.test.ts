import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { collectAgreements, journalDir, readNotesFolder } from '../../src/notes/index.js';
import {
  DEAD_PID,
  checkinAt,
  filesIn,
  forget,
  journalAt,
  saveCheckins,
  saveSessions,
  workDir,
} from './forget-fixtures.js';

const NOV24 = '2026-11-24T18:05:00+01:00';
const NOV24_LATE = '2026-11-24T21:30:00+01:00';
const NOV30 = '2026-11-30T19:00:00+01:00';

/** Two sessions and a check-in on Nov 24, a session on Nov 30, and a person's own files. */
function folder() {
  const { root, notes } = workDir();
  saveSessions(notes, [
    { at: NOV24, agreements: ['Text when late.', 'Weekly walk.'] },
    {
      at: NOV24_LATE,
      deck: { id: 'hard-questions', title: 'Hard questions' },
      agreements: ['Say it sooner.', 'Ask first.'],
    },
    { at: NOV30, agreements: ['Call on Sundays.', 'No phones at dinner.'] },
  ]);
  saveCheckins(notes, [checkinAt(NOV24_LATE.replace('21:30', '22:00'), [6, 7])]);
  fs.writeFileSync(path.join(notes, 'shopping list.md'), '# Shopping\n\n- tea\n');
  fs.writeFileSync(path.join(notes, 'photo.jpg'), 'not really a photo');
  return { root, notes };
}

const OWN_FILES = ['photo.jpg', 'shopping list.md'];

describe('talkturn forget by name', () => {
  it('deletes the named session (with or without .md), and its agreements with it', async () => {
    const { notes } = folder();
    const result = await forget(notes, { sessions: ['2026-11-24-1805-trust-basics'] });

    expect(result.code).toBe(0);
    expect(result.out).toContain('  2026-11-24-1805-trust-basics.md (session)');
    // Ana and Ben's notes: both should agree, and exported copies are theirs to delete.
    expect(result.out).toContain(
      'These notes are of both of you: delete them only if you both agree. Copies you exported or printed are not touched: delete those yourselves.',
    );
    expect(result.asked).toEqual([
      'Do you both agree? Delete 1 file for good: 1 session (and the agreements written in them)? This cannot be undone. Type yes to delete:',
    ]);
    expect(result.out.at(-1)).toBe('Deleted 1 file.');
    expect(filesIn(notes)).toEqual([
      '2026-11-24-2130-hard-questions.md',
      '2026-11-24-2200-checkin.md',
      '2026-11-30-1900-trust-basics.md',
      ...OWN_FILES,
    ]);
    const agreements = collectAgreements(readNotesFolder(notes).notes).map((a) => a.text);
    expect(agreements).not.toContain('Text when late.');
    expect(agreements).toContain('Call on Sundays.');

    const again = await forget(notes, { sessions: ['2026-11-30-1900-trust-basics.md'] });
    expect(again.out.at(-1)).toBe('Deleted 1 file.');
    expect(fs.existsSync(path.join(notes, '2026-11-30-1900-trust-basics.md'))).toBe(false);
  });

  it('also deletes an encrypted copy of the same name (.md.age)', async () => {
    const { notes } = folder();
    fs.writeFileSync(path.join(notes, '2026-11-24-1805-trust-basics.md.age'), 'age-encryption…');
    const result = await forget(notes, { sessions: ['2026-11-24-1805-trust-basics'] });

    expect(result.asked[0]).toMatch(
      /^Do you both agree\? Delete 2 files for good: 1 session, 1 encrypted session \(/,
    );
    expect(filesIn(notes)).not.toContain('2026-11-24-1805-trust-basics.md.age');
  });

  it('deletes a journal the named session left behind, and says so before asking', async () => {
    const { notes } = folder();
    const journal = journalAt(notes, NOV24);
    const result = await forget(notes, { sessions: ['2026-11-24-1805-trust-basics.md'] });

    expect(result.out).toContain(`  ${journal.id} (unfinished session)`);
    expect(result.asked[0]).toMatch(
      /^Do you both agree\? Delete 2 files for good: 1 session, 1 unfinished session \(and the agreements/,
    );
    expect(filesIn(notes).filter((f) => f.startsWith('.journal'))).toEqual([]);
  });

  it('deletes everything of a day when given YYYY-MM-DD, and lists it first', async () => {
    const { notes } = folder();
    const result = await forget(notes, { sessions: ['2026-11-24'] });

    expect(result.out.slice(0, 4)).toEqual([
      'These will be deleted:',
      '  2026-11-24-2200-checkin.md (check-in)',
      '  2026-11-24-2130-hard-questions.md (session)',
      '  2026-11-24-1805-trust-basics.md (session)',
    ]);
    expect(result.asked).toEqual([
      'Do you both agree? Delete 3 files for good: 2 sessions, 1 check-in (and the agreements written in them)? This cannot be undone. Type yes to delete:',
    ]);
    expect(result.out.at(-1)).toBe('Deleted 3 files.');
    expect(filesIn(notes)).toEqual(['2026-11-30-1900-trust-basics.md', ...OWN_FILES]);
  });

  it('deletes nothing when one of the names matches nothing, and says which (exit 2)', async () => {
    const { notes } = folder();
    const before = filesIn(notes);
    const run = forget(notes, { sessions: ['2026-11-24-1805-trust-basics', 'sunday-talk'] });

    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(
      `No notes match "sunday-talk", so nothing was deleted: run talkturn forget on its own to see each one's name.`,
    );
    expect(filesIn(notes)).toEqual(before);
  });

  it('never matches a person’s own file, even by its exact name', async () => {
    const { notes } = folder();
    await expect(forget(notes, { sessions: ['shopping list.md'] })).rejects.toThrow(
      'No notes match "shopping list.md"',
    );
    expect(filesIn(notes)).toContain('shopping list.md');
  });
});

describe('talkturn forget --all', () => {
  it('deletes every note, journal, lock, damaged copy and temp file, and nothing else', async () => {
    const { notes } = folder();
    const journal = journalAt(notes, NOV30);
    const jdir = journalDir(notes);
    fs.writeFileSync(`${journal.path}.damaged`, '{"t":"header"…cut off');
    fs.writeFileSync(path.join(jdir, `${journal.id}.lock`), `{"pid":${DEAD_PID},"host":""}\n`);
    fs.writeFileSync(path.join(jdir, `.${journal.id}.jsonl.${DEAD_PID}.0a1b2c3d.tmp`), 'words');
    const temp = `.2026-11-30-1900-trust-basics.md.${DEAD_PID}.deadbeef.tmp`;
    fs.writeFileSync(path.join(notes, temp), 'a copy of the notes');

    const result = await forget(notes, { all: true });

    expect(result.asked).toEqual([
      'Do you both agree? Delete 9 files for good: 3 sessions, 1 check-in, 1 unfinished session (and the agreements written in them)? This cannot be undone. Type yes to delete:',
    ]);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe('Deleted 9 files.');
    expect(filesIn(notes)).toEqual(OWN_FILES);
  });

  it('keeps a file named like a note that does not read as one, and says how to delete it', async () => {
    const { notes } = folder();
    fs.writeFileSync(path.join(notes, '2026-12-01-0900-my-diary.md'), 'Dear diary\n');
    const result = await forget(notes, { all: true, yes: true });

    expect(result.err).toContain(
      "Kept 2026-12-01-0900-my-diary.md: it is named like talkturn notes but does not read as them, so it may be someone's own file; to delete it anyway, run talkturn forget 2026-12-01-0900-my-diary.md.",
    );
    expect(filesIn(notes)).toEqual(['2026-12-01-0900-my-diary.md', ...OWN_FILES]);
  });

  it('keeps the journal of a session running in another terminal, says so, and exits 1', async () => {
    const { notes } = folder();
    const live = journalAt(notes, NOV30, true);
    const result = await forget(notes, { all: true, yes: true });

    expect(result.err.join('\n')).toMatch(
      new RegExp(
        `The unfinished session ${live.id} is open in a running talkturn .*so it was kept`,
      ),
    );
    expect(result.out.at(-1)).toBe('Deleted 4 files.');
    expect(result.code).toBe(1);
    expect(fs.existsSync(live.path)).toBe(true);
    expect(filesIn(notes).filter((f) => !f.startsWith('.journal'))).toEqual(OWN_FILES);
  });

  it('says there is nothing to forget in an empty or missing folder', async () => {
    const { notes } = workDir();
    const result = await forget(notes, { all: true });
    expect(result).toMatchObject({ code: 0, asked: [] });
    expect(result.out).toEqual(['There are no talkturn notes to forget in the notes folder.']);
  });
});

describe('asking first', () => {
  it('deletes nothing unless the answer is yes', async () => {
    const { notes } = folder();
    const before = filesIn(notes);
    const result = await forget(notes, { all: true, answer: false });

    expect(result.asked).toHaveLength(1);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe('Nothing was deleted.');
    expect(filesIn(notes)).toEqual(before);
  });

  it('does not ask with --yes, even without a terminal', async () => {
    const { notes } = folder();
    const result = await forget(notes, { sessions: ['2026-11-30'], yes: true, interactive: false });

    expect(result.asked).toEqual([]);
    expect(result.out.at(-1)).toBe('Deleted 1 file.');
  });

  it('refuses without a terminal to ask in and without --yes (exit 2)', async () => {
    const { notes } = folder();
    const before = filesIn(notes);
    const run = forget(notes, { all: true, interactive: false });

    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow('add --yes to delete without asking');
    expect(filesIn(notes)).toEqual(before);
  });

  it('lists what can be typed to name each note, the way history shows them, when nothing was chosen', async () => {
    const { notes } = folder();
    const out: string[] = [];
    const run = forget(notes, { out: (line) => out.push(line) });
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(/type its name as shown above, or a whole day/);
    expect(out).toContain(
      '  talkturn forget 2026-11-24-1805-trust-basics.md   Tue 24 Nov 2026, 18:05 · Trust basics',
    );
    expect(out).toContain(
      '  talkturn forget 2026-11-24-2200-checkin.md   Tue 24 Nov 2026, 22:00 · Check-in',
    );
    expect(filesIn(notes)).toHaveLength(4 + OWN_FILES.length);
    await expect(forget(notes, { all: true, sessions: ['2026-11-24'] })).rejects.toThrow(
      'not both',
    );
  });
});
