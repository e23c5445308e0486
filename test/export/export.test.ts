import { talkturnCommand } from '../../src/invocation.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { runExportCommand, type ExportCommandOptions } from '../../src/export/index.js';
import { modeOf } from '../notes/fixtures.js';
import {
  checkinAt,
  saveCheckins,
  saveSessions,
  workDir,
  type SessionSpec,
} from '../notes/folder-fixtures.js';

type Options = Omit<ExportCommandOptions, 'stdout' | 'err' | 'notesDir'>;

async function runExport(notesDir: string, options: Options = {}) {
  let stdout = '';
  const err: string[] = [];
  const code = await runExportCommand({
    notesDir,
    ...options,
    stdout: (text) => (stdout += text),
    err: (line) => err.push(line),
  });
  return { code, stdout, err };
}

const headings = (markdown: string, level: number) =>
  markdown.split('\n').filter((line) => line.startsWith(`${'#'.repeat(level)} `));

const HARD: SessionSpec = {
  at: '2026-11-22T20:10:00+01:00',
  deck: { id: 'hard-questions', title: 'The hard questions' },
  completed: false,
  minutes: 12,
  agreements: ['Say when I need a break.', ''],
  therapy: ['Why I still check your phone.', ''],
};
const BASICS: SessionSpec = { at: '2026-11-24T18:05:00+01:00' };

function week(notes: string): void {
  saveSessions(notes, [HARD, BASICS]);
  saveCheckins(notes, [
    checkinAt('2026-11-21T21:00:00+01:00', [4, 3]),
    checkinAt('2026-11-23T21:00:00+01:00', [5, null]),
    checkinAt('2026-11-25T21:00:00+01:00', [7, 6]),
  ]);
}

describe('talkturn export', () => {
  it('gathers every note in date order, each under its own heading, in one document', async () => {
    const { notes } = workDir();
    week(notes);
    const { code, stdout, err } = await runExport(notes);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(headings(stdout, 1)).toEqual(['# Our notes from talkturn']);
    expect(stdout).toContain(
      'Ana and Ben: 2 conversations and 3 check-ins, from Saturday 21 November 2026 to Wednesday 25 November 2026.',
    );
    expect(headings(stdout, 2)).toEqual([
      '## Check-in, Saturday 21 November 2026 at 21:00',
      '## Our conversation, Sunday 22 November 2026 at 20:10',
      '## Check-in, Monday 23 November 2026 at 21:00',
      '## Our conversation, Tuesday 24 November 2026 at 18:05',
      '## Check-in, Wednesday 25 November 2026 at 21:00',
    ]);
    expect(headings(stdout, 3)).toContain('### What we agree to try');
    expect(headings(stdout, 4)).toContain('#### Ana had the floor (4 min)');
    // The notes' own front matter stays out.
    expect(stdout).not.toMatch(/^talkturn: 1$/m);
    expect(stdout).not.toMatch(/^---$/m);
    expect(stdout).toContain('> Say when I need a break.');
  });

  it('a note saved before the details were kept, or edited by hand, is still exported', async () => {
    const { notes } = workDir();
    fs.mkdirSync(notes);
    fs.writeFileSync(
      path.join(notes, '2026-11-20-1800-trust-basics.md'),
      '---\ntalkturn: 1\ndate: 2026-11-20T18:00:00+01:00\npartners: ["Ana", "Ben"]\ndeck_title: "Trust basics"\nduration_seconds: 600\ncompleted: true\n---\n\nWe rewrote this by hand.\n\n# A title of ours\n',
    );
    const plain = (await runExport(notes)).stdout;
    expect(plain).toContain(
      '## Conversation, Friday 20 November 2026 at 18:00\n\nWe rewrote this by hand.\n\n## A title of ours\n',
    );
    const brief = (await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' })).stdout;
    expect(brief).toContain('On Friday 20 November 2026: 1 talk.');
  });

  it('says how a reviewed agreement fared', async () => {
    const { notes } = workDir();
    saveSessions(notes, [BASICS]);
    const at = {
      iso: '2026-12-01T09:00:00+01:00',
      wall: { year: 2026, month: 12, day: 1, hour: 9, minute: 0 },
      date: '2026-12-01',
      instant: Date.parse('2026-12-01T09:00:00+01:00'),
    };
    const { stdout } = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'Ana,Ben',
      reviews: [{ agreementId: '2026-11-24T18:05:00+01:00#2', status: 'needs-change', when: at }],
    });
    expect(stdout).toContain('- Weekly walk. — Ben, 24 Nov: it needs changing');
  });

  describe('dates', () => {
    it('--since and --until include both days', async () => {
      const { notes } = workDir();
      week(notes);
      const { stdout } = await runExport(notes, { since: '2026-11-22', until: '2026-11-24' });
      expect(headings(stdout, 2)).toEqual([
        '## Our conversation, Sunday 22 November 2026 at 20:10',
        '## Check-in, Monday 23 November 2026 at 21:00',
        '## Our conversation, Tuesday 24 November 2026 at 18:05',
      ]);
      const since = await runExport(notes, { since: '2026-11-25' });
      expect(headings(since.stdout, 2)).toEqual([
        '## Check-in, Wednesday 25 November 2026 at 21:00',
      ]);
      const until = await runExport(notes, { until: '2026-11-21' });
      expect(headings(until.stdout, 2)).toEqual([
        '## Check-in, Saturday 21 November 2026 at 21:00',
      ]);
    });

    it('are the local dates where the notes were written', async () => {
      const { notes } = workDir();
      saveSessions(notes, [
        // Just after midnight in Paris: still the 24th in UTC.
        { at: '2026-11-25T00:30:00+01:00' },
        // Late evening in New York: already the 25th in UTC.
        { at: '2026-11-24T23:30:00-05:00', deck: { id: 'repair', title: 'Repair' } },
      ]);
      const on24 = await runExport(notes, { since: '2026-11-24', until: '2026-11-24' });
      expect(headings(on24.stdout, 2)).toEqual([
        '## Our conversation, Tuesday 24 November 2026 at 23:30',
      ]);
      const on25 = await runExport(notes, { since: '2026-11-25', until: '2026-11-25' });
      expect(headings(on25.stdout, 2)).toEqual([
        '## Our conversation, Wednesday 25 November 2026 at 00:30',
      ]);
    });

    it('reads only the files a range can hold: a damaged note from another month is not opened', async () => {
      const { notes } = workDir();
      week(notes);
      fs.writeFileSync(path.join(notes, '2026-10-02-1805-repair.md'), 'not a note', {
        mode: 0o600,
      });
      fs.writeFileSync(path.join(notes, 'our-own-notes.md'), '# ours', { mode: 0o600 });
      const all = await runExport(notes, {});
      expect(all.err).toEqual([
        'Left out 2026-10-02-1805-repair.md: it does not start the way talkturn writes its notes, so it may be damaged.',
      ]);
      const week22 = await runExport(notes, { since: '2026-11-22', until: '2026-11-24' });
      expect(week22.err).toEqual([]);
      expect(headings(week22.stdout, 2)).toHaveLength(3);
      // For a therapist, the notes after the range are read too: reviews come later.
      const therapy = await runExport(notes, {
        since: '2026-10-04',
        forTherapy: true,
        approvedBy: 'Ana,Ben',
      });
      expect(therapy.err).toEqual([]);
      const before = await runExport(notes, {
        since: '2026-10-01',
        forTherapy: true,
        approvedBy: 'Ana,Ben',
      });
      expect(before.err).toHaveLength(1);
    });

    it('a range with no notes exports nothing, and says so', async () => {
      const { notes } = workDir();
      week(notes);
      const { code, stdout, err } = await runExport(notes, {
        since: '2026-12-01',
        until: '2026-12-31',
      });
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(err).toEqual([
        'There are no notes from 2026-12-01 to 2026-12-31, so nothing was exported.',
      ]);
    });

    it.each([
      [
        'since',
        'yesterday-ish',
        '--since "yesterday-ish" is not a date talkturn can read: write it as YYYY-MM-DD, like 2026-11-24.',
      ],
      [
        'until',
        '2026-13-40',
        '--until 2026-13-40 is not a day on the calendar: write it as YYYY-MM-DD, like 2026-11-24.',
      ],
      [
        'until',
        '2026-02-30',
        '--until 2026-02-30 is not a day on the calendar: write it as YYYY-MM-DD, like 2026-11-24.',
      ],
      [
        'since',
        '24/11/2026',
        '--since "24/11/2026" is not a date talkturn can read: write it as YYYY-MM-DD, like 2026-11-24.',
      ],
      [
        'since',
        '',
        '--since "" is not a date talkturn can read: write it as YYYY-MM-DD, like 2026-11-24.',
      ],
    ] as const)('--%s %j is a usage error', async (flag, value, message) => {
      const { notes } = workDir();
      week(notes);
      const run = runExport(notes, { [flag]: value });
      await expect(run).rejects.toThrow(UsageError);
      await expect(run).rejects.toThrow(message);
      await expect(run).rejects.toMatchObject({ exitCode: 2 });
    });

    it('--since after --until is a usage error', async () => {
      const { notes } = workDir();
      await expect(runExport(notes, { since: '2026-12-01', until: '2026-11-01' })).rejects.toThrow(
        new UsageError(
          '--since 2026-12-01 is after --until 2026-11-01: the first day has to come before the last (or be the same day).',
        ),
      );
    });
  });

  describe('--out', () => {
    it('writes the document to a file only its owner can read, and says where', async () => {
      const { root, notes } = workDir();
      week(notes);
      const file = path.join(root, 'for-therapy.md');
      const { code, stdout, err } = await runExport(notes, {
        out: file,
        forTherapy: true,
        approvedBy: 'Ana,Ben',
      });
      expect(code).toBe(0);
      expect(err).toEqual([]);
      expect(stdout).toBe(`The brief is saved in ${file}, readable only by you.\n`);
      expect(modeOf(file)).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8')).toBe(
        (await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' })).stdout,
      );
      expect(fs.readdirSync(root).sort()).toEqual(['for-therapy.md', 'notes']);
    });

    it('never replaces an existing file without --force', async () => {
      const { root, notes } = workDir();
      week(notes);
      const file = path.join(root, 'ours.md');
      fs.writeFileSync(file, 'our own words', { mode: 0o644 });
      const refused = await runExport(notes, { out: file });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.err).toEqual([
        `${file} already exists: choose another name, or add --force to replace it.`,
      ]);
      expect(fs.readFileSync(file, 'utf8')).toBe('our own words');

      const forced = await runExport(notes, { out: file, force: true });
      expect(forced.code).toBe(0);
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^# Our notes from talkturn\n/);
      expect(modeOf(file)).toBe(0o600);
    });

    it('says plainly when the folder for the file does not exist, or the file is a folder', async () => {
      const { root, notes } = workDir();
      week(notes);
      const nowhere = path.join(root, 'no-such-folder', 'export.md');
      const missing = await runExport(notes, { out: nowhere });
      expect(missing.code).toBe(1);
      expect(missing.err).toEqual([
        `The folder for ${nowhere} does not exist: create it first, or choose another place for --out.`,
      ]);
      const folder = await runExport(notes, { out: root });
      expect(folder.code).toBe(1);
      expect(folder.err).toEqual([
        `${root} is a folder: give a file name, like ${path.join(root, 'our-notes.md')}.`,
      ]);
      expect(fs.existsSync(path.join(root, 'no-such-folder'))).toBe(false);
    });
  });

  it('leaves out damaged and encrypted files with a warning each, and exports the rest', async () => {
    const { notes } = workDir();
    week(notes);
    fs.writeFileSync(path.join(notes, '2026-11-22-0900-trust-basics.md'), 'garbage');
    fs.writeFileSync(path.join(notes, '2026-11-22-1000-trust-basics.md.age'), 'age');
    fs.writeFileSync(path.join(notes, '2026-11-22-1100-trust-basics.md.age'), 'age');
    const { code, stdout, err } = await runExport(notes);
    expect(code).toBe(0);
    expect(err).toEqual([
      'Left out 2026-11-22-0900-trust-basics.md: it does not start the way talkturn writes its notes, so it may be damaged.',
      '2 encrypted sessions were left out; talkturn cannot open encrypted notes here yet, and the files are safe as they are.',
    ]);
    expect(headings(stdout, 2)).toHaveLength(5);
  });

  it('with no notes at all, says how to begin', async () => {
    const { notes } = workDir();
    const { code, stdout, err } = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'Ana,Ben',
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(err).toEqual([
      // The way this talkturn was started, as every other message says it (npx finds none yet).
      `There are no notes to export yet. Whenever you are ready to begin: ${talkturnCommand()}`,
    ]);
  });
});

describe('an export of encrypted notes to a file', () => {
  it('is locked with the same passphrase, never written in the clear', async () => {
    const { Decrypter } = await import('age-encryption');
    const { saveSession } = await import('../../src/notes/save-session.js');
    const { sessionAt } = await import('../notes/folder-fixtures.js');
    const { root, notes } = workDir();
    const passphrase = 'our quiet harbour';
    saveSession({ state: sessionAt(HARD), notesDir: notes, encryption: { passphrase } });
    const out = path.join(root, 'for-therapy.md');
    const { code, stdout } = await runExport(notes, {
      out,
      forTherapy: true,
      approvedBy: 'Ana,Ben',
      passphrase,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('locked with the same passphrase');
    expect(fs.existsSync(out)).toBe(false);
    const sealed = fs.readFileSync(`${out}.age`);
    expect(sealed.toString('latin1')).not.toContain('Say when I need a break.');
    expect(modeOf(`${out}.age`)).toBe(0o600);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    expect(await decrypter.decrypt(sealed, 'text')).toContain('Say when I need a break.');
    // Real scrypt, several times over: seconds each on a busy machine.
  }, 90_000);
});
