// The therapist's brief (`export --for-therapy`): a short sheet both partners approved, every
// line with who wrote it, no reflection, nothing written alone; never written unapproved.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { runExportCommand, type ExportCommandOptions } from '../../src/export/index.js';
import { initialApproval, reduceApproval } from '../../src/export/index.js';
import { renderSessionMarkdown, saveSession } from '../../src/notes/index.js';
import { readNotesFolder } from '../../src/notes/read-notes.js';
import { BRIEF_LINE_CHARS, shortened } from '../../src/export/brief/model.js';
import { LONG_REFLECTION, LONG_TOPIC, marks, saveLongLines } from './brief-long-fixture.js';
import {
  checkinAt,
  saveCheckins,
  saveSessions,
  sessionAt,
  workDir,
} from '../notes/folder-fixtures.js';

type Options = Omit<ExportCommandOptions, 'stdout' | 'err' | 'notesDir'>;

const TODAY = { year: 2026, month: 12, day: 2, hour: 9, minute: 0 };

async function runExport(notesDir: string, options: Options = {}) {
  let stdout = '';
  const err: string[] = [];
  const code = await runExportCommand({
    notesDir,
    today: TODAY,
    ...options,
    stdout: (text) => (stdout += text),
    err: (line) => err.push(line),
  });
  return { code, stdout, err };
}

/** Two talks and a check-in, the week the issue asks for. */
function twoTalksAndACheckin(notes: string): void {
  saveSessions(notes, [
    {
      at: '2026-11-22T20:10:00+01:00',
      agreements: ['Say when I need a break.', ''],
      therapy: ['Why I still check your phone.', ''],
    },
    { at: '2026-11-24T18:05:00+01:00' },
  ]);
  saveCheckins(notes, [checkinAt('2026-11-25T21:00:00+01:00', [7, 6])]);
}

describe('the brief', () => {
  it('is one short sheet: what it covers, the topics, agreements, what helped and was hard', async () => {
    const { notes } = workDir();
    twoTalksAndACheckin(notes);
    const { code, stdout, err } = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'Ana,Ben',
    });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(stdout.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# For our therapist, from Ana and Ben',
      '## Topics we want to bring',
      '## Our agreements and how they fared',
      '## What helped',
      '## What was hard',
    ]);
    expect(stdout).toContain(
      'From Sunday 22 November 2026 to Wednesday 25 November 2026: 2 talks and 1 check-in.',
    );
    expect(stdout).toContain(
      '1. Why I still check your phone. — Ana\n2. The winter. — Ana\n3. My shame. — Ben',
    );
    expect(stdout).toContain('- Say when I need a break. — Ana, 22 Nov: not looked at again yet');
    expect(stdout).toContain('- A song on the radio. — Ana, 25 Nov');
    expect(stdout).toContain('We both read this and agreed to share it (Ana and Ben, 2 Dec 2026).');
    expect(stdout).toContain('Nobody monitors talkturn, and it is not a crisis channel');
    // Each appreciated at two closings and a check-in: the earliest of each is left, and said so.
    expect(stdout).toContain(
      '## What helped\n\nOnly the latest lines from each of us are here: 2 earlier ones are in our notes.',
    );
    expect(stdout.split('## What was hard')[1]).not.toContain('earlier');
    // About a page: a therapist reads it in a minute.
    expect(stdout.split('\n').length).toBeLessThan(60);
  });

  it('holds no reflection and no check-in number unless both share them', async () => {
    const { notes } = workDir();
    twoTalksAndACheckin(notes);
    const { stdout } = await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' });
    expect(stdout).not.toContain('You felt alone');
    expect(stdout).not.toContain('ashamed');
    expect(stdout).not.toContain('How safe and close');
    expect(stdout).not.toMatch(/\b[67]\b/);
    const shared = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'ben, Ana',
      shareNumbers: true,
    });
    expect(shared.stdout).toContain('## How safe and close we felt');
    expect(shared.stdout).toContain('- Ana: 7 (25 Nov).\n- Ben: 6 (25 Nov).');
  });

  it('is never written unapproved: without a terminal it says so in one sentence', async () => {
    const { root, notes } = workDir();
    twoTalksAndACheckin(notes);
    const out = path.join(root, 'brief.html');
    await expect(runExport(notes, { forTherapy: true, out })).rejects.toThrow(UsageError);
    await expect(runExport(notes, { forTherapy: true, out })).rejects.toThrow(
      'A brief for your therapist is written only once you both approve it: run this in a terminal, or add --approved-by "A,B" with both your names.',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('takes --approved-by only with the names in the notes, each once', async () => {
    const { root, notes } = workDir();
    twoTalksAndACheckin(notes);
    const out = path.join(root, 'brief.md');
    for (const names of ['Ana', 'Ana,Cy', 'Ana,Ben,Cy', 'Ana,Ana', '']) {
      await expect(runExport(notes, { forTherapy: true, approvedBy: names, out })).rejects.toThrow(
        `--approved-by "${names}" does not match the names in your notes (Ana, Ben): give each name once, separated by a comma.`,
      );
    }
    expect(fs.existsSync(out)).toBe(false);
    await expect(runExport(notes, { forTherapy: true, shareNumbers: true })).rejects.toThrow(
      '--share-numbers goes with --approved-by',
    );
    await expect(
      runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben', format: 'pdf' }),
    ).rejects.toThrow('--format "pdf" is not one talkturn writes: use md or html');
    await expect(runExport(notes, { format: 'html' })).rejects.toThrow(
      '--format, --approved-by and --share-numbers are for the brief: add --for-therapy.',
    );
  });

  it('follows what the couple chose on screen: a line taken out, the topics reordered', async () => {
    const { notes } = workDir();
    twoTalksAndACheckin(notes);
    const { stdout } = await runExport(notes, {
      forTherapy: true,
      approve: async (brief) => {
        let approval = initialApproval(brief);
        const topic = (text: string) => brief.items.find((i) => i.text === text)!.id;
        approval = reduceApproval(approval, { type: 'take-out', id: topic('My shame.') });
        approval = reduceApproval(approval, {
          type: 'move-topic',
          id: topic('The winter.'),
          by: -1,
        });
        approval = reduceApproval(approval, { type: 'approve', partner: 0 });
        return reduceApproval(approval, { type: 'approve', partner: 1 });
      },
    });
    expect(stdout).toContain('1. The winter. — Ana\n2. Why I still check your phone. — Ana\n\n');
    expect(stdout).not.toContain('My shame.');
  });

  it('offers the latest confirmed reflections left out; one comes in only when the couple brings it', async () => {
    const { notes } = workDir();
    twoTalksAndACheckin(notes);
    let offered: string[] = [];
    const { stdout } = await runExport(notes, {
      forTherapy: true,
      approve: async (brief) => {
        const reflections = brief.items.filter((i) => i.section === 'reflection');
        offered = reflections.map((r) => r.text);
        let approval = initialApproval(brief);
        // Offered, but out until brought.
        expect(reflections.every((r) => approval.removed.includes(r.id))).toBe(true);
        // The latest: from the talk of the 24th.
        const one = reflections.at(-1)!;
        expect(one.text).toBe('You are ashamed and want to make it right.');
        approval = reduceApproval(approval, { type: 'put-back', id: one.id });
        approval = reduceApproval(approval, { type: 'approve', partner: 0 });
        return reduceApproval(approval, { type: 'approve', partner: 1 });
      },
    });
    // Only "yes" reflections are offered: never one the speaker said was not quite right.
    expect(offered).toHaveLength(3);
    expect(offered).not.toContain('You felt alone that winter.');
    expect(stdout).toContain(
      '## A reflection we chose to bring\n\n- You are ashamed and want to make it right. — Ana, reflecting Ben, 24 Nov',
    );
    expect(stdout).not.toContain('You felt alone');
  });

  it('is not written when the couple leaves without approving', async () => {
    const { root, notes } = workDir();
    twoTalksAndACheckin(notes);
    const out = path.join(root, 'brief.md');
    const { code, err } = await runExport(notes, {
      forTherapy: true,
      out,
      approve: async () => null,
    });
    expect(code).toBe(1);
    expect(err).toEqual(['The brief was not approved, so nothing was written.']);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('says a file is already there before the couple approves, not after', async () => {
    const { root, notes } = workDir();
    twoTalksAndACheckin(notes);
    const out = path.join(root, 'brief.html');
    fs.writeFileSync(out, 'ours');
    let asked = false;
    const { code, err } = await runExport(notes, {
      forTherapy: true,
      out,
      approve: async () => {
        asked = true;
        return null;
      },
    });
    expect(code).toBe(1);
    expect(asked).toBe(false);
    expect(err).toEqual([
      `${out} already exists: choose another name, or add --force to replace it.`,
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe('ours');
  });

  it('shows a word fixed by hand in a note', async () => {
    const { notes } = workDir();
    const [file = ''] = saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00' }]);
    const note = fs.readFileSync(file, 'utf8');
    // A reflection and an agreement fixed in a note app, in the body (the front matter has neither).
    const fixed = note
      .replace('> You felt alone that winter.', '> You felt lonely that winter.')
      .replace('> Weekly walk.', '> Weekly walk, on Sundays.');
    expect(fixed).not.toBe(note);
    fs.writeFileSync(file, fixed);
    const read = readNotesFolder(notes).notes[0];
    expect(read?.kind === 'session' && read.front.details?.reflections[0]?.text).toBe(
      'You felt lonely that winter.',
    );
    const { stdout } = await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' });
    expect(stdout).toContain('- Weekly walk, on Sundays. — Ben, 24 Nov');
    expect((await runExport(notes)).stdout).toContain('> You felt lonely that winter.');
  });

  it('says an agreement left for another time was looked at again, not that it was not', async () => {
    const { notes } = workDir();
    const [first = ''] = saveSessions(notes, [
      { at: '2026-11-22T20:10:00+01:00', agreements: ['Text when I am late.', ''] },
    ]);
    const id = readNotesFolder(notes)
      .notes.flatMap((n) => (n.kind === 'session' ? (n.front.details?.agreements ?? []) : []))
      .find((a) => a.text === 'Text when I am late.')?.id;
    expect(first).not.toBe('');
    const later = sessionAt({ at: '2026-11-24T18:05:00+01:00' });
    saveSession({
      state: {
        ...later,
        record: {
          ...later.record,
          reviews: [{ agreementId: id!, text: 'Text when I am late.', by: 'Ana', status: null }],
        },
      },
      notesDir: notes,
    });
    const { stdout } = await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' });
    expect(stdout).toContain(
      '- Text when I am late. — Ana, 22 Nov: we looked at it again and left it for another time',
    );
    expect(stdout).not.toContain('Text when I am late. — Ana, 22 Nov: not looked at again yet');
  });

  it('says when earlier lines of what helped or was hard were left for the latest', async () => {
    const { notes } = workDir();
    const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'];
    saveCheckins(
      notes,
      days.map((day, i) => {
        const checkin = checkinAt(`${day}T21:00:00+01:00`, [5, 6]);
        return {
          ...checkin,
          answers: checkin.answers.map((a, who) => ({ ...a, appreciated: `Thanks ${who}-${i}.` })),
        };
      }),
    );
    const { stdout } = await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' });
    const helped = stdout.slice(
      stdout.indexOf('## What helped'),
      stdout.indexOf('## What was hard'),
    );
    // The latest two of each, and a line saying the other four are in the notes.
    expect(helped.match(/Thanks \d-\d/g)).toEqual([
      'Thanks 0-2',
      'Thanks 1-2',
      'Thanks 0-3',
      'Thanks 1-3',
    ]);
    expect(helped).toContain(
      'Only the latest lines from each of us are here: 4 earlier ones are in our notes.',
    );
    // The same words each day: only one of each is new, and two of each were left out.
    const hard = stdout.slice(stdout.indexOf('## What was hard'));
    expect(hard).toContain('4 earlier ones are in our notes.');
  });

  it('keeps about one page: a long line keeps its start, cut at a word, and says the rest is in the notes', async () => {
    const { notes } = workDir();
    const file = saveLongLines(notes);
    const { stdout } = await runExport(notes, {
      forTherapy: true,
      approve: async (brief) => {
        const reflection = brief.items.find((i) => i.text.startsWith('ref1 '))!;
        let approval = reduceApproval(initialApproval(brief), {
          type: 'put-back',
          id: reflection.id,
        });
        approval = reduceApproval(approval, { type: 'approve', partner: 0 });
        return reduceApproval(approval, { type: 'approve', partner: 1 });
      },
    });
    const topic = stdout.split('\n').find((l) => l.startsWith('1. tpc1 '))!;
    const reflection = stdout.split('\n').find((l) => l.startsWith('- ref1 '))!;
    expect(topic).toMatch(/ tpc\d+… \(the rest is in our notes\) — Ana$/);
    expect(reflection).toMatch(
      / ref\d+… \(the rest is in our notes\) — Ana, reflecting Ben, 24 Nov$/,
    );
    // The start, whole words in order, up to the limit.
    for (const [line, whole, mark] of [
      [topic, LONG_TOPIC, 'tpc'],
      [reflection, LONG_REFLECTION, 'ref'],
    ] as const) {
      const kept = marks(line, mark);
      expect(kept).toEqual(marks(whole, mark).slice(0, kept.length));
      expect(kept.join(' ').length).toBeLessThanOrEqual(BRIEF_LINE_CHARS);
      expect(kept.join(' ').length).toBeGreaterThan(BRIEF_LINE_CHARS * 0.9);
    }
    expect(stdout.length).toBeLessThan(3000);
    // The notes still hold every word.
    const note = fs.readFileSync(file, 'utf8');
    expect(note).toContain(LONG_REFLECTION);
    expect(note).toContain(LONG_TOPIC);
  });

  it('cuts a line only past the limit, at a word, never inside a character', () => {
    const exact = 'a'.repeat(BRIEF_LINE_CHARS);
    expect(shortened(exact)).toEqual({ text: exact, shortened: false });
    const words = `${'word '.repeat(BRIEF_LINE_CHARS / 5)}end`;
    expect(shortened(words)).toEqual({
      text: words.slice(0, BRIEF_LINE_CHARS - 1),
      shortened: true,
    });
    // One long word has no word end to cut at: it keeps the limit's count of characters.
    const family = '👩‍👩‍👧';
    const cut = shortened(family.repeat(BRIEF_LINE_CHARS + 1));
    expect(cut).toEqual({ text: family.repeat(BRIEF_LINE_CHARS), shortened: true });
  });

  it('never holds what was said off the record', async () => {
    const { notes } = workDir();
    const state = sessionAt({ at: '2026-11-24T18:05:00+01:00' });
    const prompt = state.record.prompts[0]!;
    const offRecord = {
      ...state,
      record: {
        ...state.record,
        prompts: [{ ...prompt, turns: [{ ...prompt.turns[0]!, offRecord: true }] }],
      },
    };
    expect(renderSessionMarkdown(offRecord)).not.toContain('You felt alone');
    saveSession({ state: offRecord, notesDir: notes });
    const { stdout } = await runExport(notes, { forTherapy: true, approvedBy: 'Ana,Ben' });
    expect(stdout).not.toContain('You felt alone');
  });
});

describe('the brief as a page', () => {
  it('is one self-contained HTML page: nothing to load, no script, lang set, headings', async () => {
    const { root, notes } = workDir();
    twoTalksAndACheckin(notes);
    const out = path.join(root, 'brief.html');
    const { code } = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'Ana,Ben',
      shareNumbers: true,
      out,
    });
    expect(code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=|url\(|@import|https?:|\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@media print');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="s0">Topics we want to bring</h2>');
    // One small chart per partner, each with its words for a screen reader.
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toMatch(
      /<title id="s\dt0">Ana&#39;s numbers over these weeks\. Ana: 7 \(25 Nov\)\.<\/title>/,
    );
    const unshared = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'Ana,Ben',
      format: 'html',
    });
    expect(unshared.stdout).not.toContain('<svg');
  });

  it('shows a name or a note holding HTML as text, never as markup', async () => {
    const { notes } = workDir();
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    saveSessions(notes, [
      {
        at: '2026-11-24T18:05:00+01:00',
        partners: [evil, 'Ben'],
        therapy: [`"quoted" & ${evil}`, 'ok'],
      },
    ]);
    const { stdout } = await runExport(notes, {
      forTherapy: true,
      approvedBy: `${evil.replace(/,/g, '')},Ben`,
      format: 'html',
    });
    expect(stdout).not.toContain('<script>');
    expect(stdout).not.toContain('<img');
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stdout).toContain('&quot;quoted&quot; &amp; ');
  });
});

describe('the brief of locked notes', () => {
  it('is brief.html.age, locked with the same passphrase: no plaintext on disk', async () => {
    const { Decrypter } = await import('age-encryption');
    const { root, notes } = workDir();
    const passphrase = 'our quiet harbour';
    saveSession({
      state: sessionAt({ at: '2026-11-24T18:05:00+01:00' }),
      notesDir: notes,
      encryption: { passphrase },
    });
    const out = path.join(root, 'brief.html');
    const { code, stdout } = await runExport(notes, {
      forTherapy: true,
      approvedBy: 'Ana,Ben',
      out,
      passphrase,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('brief.html.age, locked with the same passphrase');
    expect(fs.readdirSync(root).sort()).toEqual(['brief.html.age', 'notes']);
    const sealed = fs.readFileSync(`${out}.age`);
    expect(sealed.toString('latin1')).not.toContain('Weekly walk');
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    const html = await decrypter.decrypt(sealed, 'text');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Weekly walk.');
  }, 30_000);
});
