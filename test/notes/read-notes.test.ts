import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyReviews,
  checkinSeries,
  collectAgreements,
  encryptedMessage,
  isCalendarDate,
  isOpen,
  NotesError,
  nodeFs,
  sysError,
  readNotesFolder,
  skippedMessage,
  wallClock,
  type AgreementReview,
  type NoteWhen,
} from '../../src/notes/index.js';
import { checkinAt, saveCheckins, saveSessions, workDir } from './folder-fixtures.js';

const isRoot = process.getuid?.() === 0;

function when(iso: string): NoteWhen {
  const wall = wallClock(iso)!;
  return { iso, wall, date: iso.slice(0, 10), instant: Date.parse(iso) };
}

describe('readNotesFolder', () => {
  it('says a missing folder is missing, and does not create it', () => {
    const { notes } = workDir();
    expect(readNotesFolder(notes)).toEqual({
      notes: [],
      skipped: [],
      encrypted: [],
      missing: true,
    });
    expect(fs.existsSync(notes)).toBe(false);
  });

  it('reads sessions and check-ins, newest first, by the moment they happened', () => {
    const { notes } = workDir();
    saveSessions(notes, [
      { at: '2026-11-24T18:05:00+01:00' },
      // Earlier on the clock, later in time: written in New York.
      { at: '2026-11-24T13:00:00-05:00', deck: { id: 'repair', title: 'Repair' } },
    ]);
    saveCheckins(notes, [checkinAt('2026-11-25T08:00:00+01:00', [6, 7])]);
    const folder = readNotesFolder(notes);
    expect(folder.notes.map((n) => [n.kind, n.name])).toEqual([
      ['checkin', '2026-11-25-0800-checkin.md'],
      ['session', '2026-11-24-1300-repair.md'],
      ['session', '2026-11-24-1805-trust-basics.md'],
    ]);
    expect(folder.notes[1]?.when.date).toBe('2026-11-24');
    expect(folder.skipped).toEqual([]);
  });

  it('leaves out damaged files named like ours, with a reason; ignores other people’s notes', () => {
    const { notes } = workDir();
    saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    fs.writeFileSync(
      path.join(notes, '2026-11-20-1900-trust-basics.md'),
      '---\ntalkturn: [\n---\n',
    );
    fs.writeFileSync(path.join(notes, '2026-11-21-1900-trust-basics.md'), '');
    fs.writeFileSync(path.join(notes, '2026-11-22-1900-cut.md'), '# no front matter at all');
    fs.writeFileSync(path.join(notes, 'shopping list.md'), '- milk\n');
    fs.writeFileSync(path.join(notes, 'README.txt'), 'hello');
    fs.writeFileSync(path.join(notes, '2026-11-23-1900-x.md.age'), 'age-encryption.org/v1');
    fs.mkdirSync(path.join(notes, 'folder.md'));
    fs.mkdirSync(path.join(notes, '.journal'));
    fs.writeFileSync(path.join(notes, '.journal', '2026-11-26-1900-x.md'), 'hidden');
    const folder = readNotesFolder(notes);
    expect(folder.notes.map((n) => n.name)).toEqual(['2026-11-24-1805-trust-basics.md']);
    expect(folder.skipped).toEqual([
      { name: '2026-11-20-1900-trust-basics.md', reason: 'damaged' },
      { name: '2026-11-21-1900-trust-basics.md', reason: 'empty' },
      { name: '2026-11-22-1900-cut.md', reason: 'damaged' },
    ]);
    expect(folder.encrypted).toEqual(['2026-11-23-1900-x.md.age']);
    expect(skippedMessage(folder.skipped[0]!)).toBe(
      'Left out 2026-11-20-1900-trust-basics.md: it does not start the way talkturn writes its notes, so it may be damaged.',
    );
    expect(encryptedMessage(2)).toMatch(/^2 encrypted sessions were left out; /);
    expect(encryptedMessage(1)).toMatch(/^1 encrypted session was left out; /);
    expect(encryptedMessage(0)).toBeNull();
  });

  it.skipIf(isRoot)('leaves out a file it may not read', () => {
    const { notes } = workDir();
    const [file] = saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    fs.chmodSync(file!, 0o000);
    expect(readNotesFolder(notes).skipped).toEqual([
      { name: path.basename(file!), reason: 'unreadable' },
    ]);
  });

  it('leaves out a file the system refuses to read (as the fs layer reports it)', () => {
    const { notes } = workDir();
    const [file] = saveSessions(notes, [
      { at: '2026-11-24T18:05:00+01:00' },
      { at: '2026-11-25T18:05:00+01:00' },
    ]);
    const refusing = {
      ...nodeFs,
      readFile: (p: string) => {
        if (p === file) throw sysError('EACCES', 'permission denied');
        return nodeFs.readFile(p);
      },
    };
    const folder = readNotesFolder(notes, { fs: refusing });
    expect(folder.skipped).toEqual([{ name: path.basename(file!), reason: 'unreadable' }]);
    expect(folder.notes).toHaveLength(1);
  });

  it('takes the date from the file name when the note’s own date was spoiled', () => {
    const { notes } = workDir();
    const [file] = saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    const text = fs.readFileSync(file!, 'utf8').replace(/^date: .*$/m, 'date: last tuesday');
    fs.writeFileSync(file!, text);
    const [note] = readNotesFolder(notes).notes;
    expect(note?.when.date).toBe('2026-11-24');
    expect(note?.when.wall).toMatchObject({ hour: 18, minute: 5 });
  });

  it('throws a NotesError with one sentence when the folder is a file', () => {
    const { root } = workDir();
    const file = path.join(root, 'notes.md');
    fs.writeFileSync(file, '');
    expect(() => readNotesFolder(file)).toThrow(NotesError);
    expect(() => readNotesFolder(file)).toThrow(/is a file, not a folder: check the path/);
  });
});

describe('agreements', () => {
  it('are collected newest first with who proposed them and when, all open', () => {
    const { notes } = workDir();
    saveSessions(notes, [
      { at: '2026-11-22T20:00:00+01:00', agreements: ['Say when I need a break.', ''] },
      { at: '2026-11-24T18:05:00+01:00', agreements: ['Text when late.', 'Weekly walk.'] },
    ]);
    const agreements = collectAgreements(readNotesFolder(notes).notes);
    expect(agreements.map((a) => [a.by, a.text, a.session.when.date, a.status])).toEqual([
      ['Ana', 'Text when late.', '2026-11-24', 'open'],
      ['Ben', 'Weekly walk.', '2026-11-24', 'open'],
      ['Ana', 'Say when I need a break.', '2026-11-22', 'open'],
    ]);
    expect(agreements.every(isOpen)).toBe(true);
  });

  it('take the status of their latest review; a retired one is no longer open', () => {
    const { notes } = workDir();
    saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    const agreements = collectAgreements(readNotesFolder(notes).notes);
    const [first, second] = agreements.map((a) => a.id);
    const reviews: AgreementReview[] = [
      { agreementId: first!, status: 'needs-change', when: when('2026-11-28T18:00:00+01:00') },
      { agreementId: first!, status: 'helping', when: when('2026-12-05T18:00:00+01:00') },
      { agreementId: second!, status: 'retired', when: when('2026-12-05T18:00:00+01:00') },
      { agreementId: 'someone else#1', status: 'retired', when: when('2026-12-05T18:00:00+01:00') },
    ];
    const reviewed = applyReviews(agreements, reviews);
    expect(reviewed.map((a) => a.status)).toEqual(['helping', 'retired']);
    expect(reviewed.filter(isOpen).map((a) => a.text)).toEqual(['Text when late.']);
  });
});

describe('checkinSeries', () => {
  it('lines each partner’s numbers up by name, oldest first, in the newest order', () => {
    const { notes } = workDir();
    saveCheckins(notes, [
      checkinAt('2026-11-21T21:00:00+01:00', [4, 3]),
      checkinAt('2026-11-22T21:00:00+01:00', [5], ['ana']),
      checkinAt('2026-11-23T21:00:00+01:00', [6, null], ['Ben', 'Ana']),
      checkinAt('2026-11-24T21:00:00+01:00', [7, 8]),
    ]);
    saveSessions(notes, [{ at: '2026-11-23T18:00:00+01:00' }]);
    const series = checkinSeries(readNotesFolder(notes).notes);
    expect(series.checkins.map((c) => c.when.date)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(series.partners).toEqual([
      { name: 'Ana', values: [4, 5, null, 7] },
      { name: 'Ben', values: [3, null, 6, 8] },
    ]);
  });
});

describe('dates', () => {
  it('reads the wall clock where it happened, and checks the calendar', () => {
    expect(wallClock('2026-11-25T00:30:00+01:00')).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      hour: 0,
      minute: 30,
    });
    expect(wallClock('2026-02-30T10:00:00+01:00')).toBeNull();
    expect(wallClock('yesterday')).toBeNull();
    expect(isCalendarDate(2028, 2, 29)).toBe(true);
    expect(isCalendarDate(2026, 2, 29)).toBe(false);
    expect(isCalendarDate(2026, 13, 1)).toBe(false);
  });
});
