import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkinFrontMatterData,
  checkinNumber,
  normalizeText,
  parseCheckinFrontMatter,
  readCheckinTexts,
  renderCheckinMarkdown,
  saveCheckin,
  type Checkin,
} from '../../src/notes/index.js';
import { modeOf } from './fixtures.js';
import { checkinAt, workDir } from './folder-fixtures.js';

/** The note as a person reads it: the hidden markers (for talkturn's own reading) taken out. */
const readable = (markdown: string) => markdown.replace(/^<!-- talkturn:[^\n]*-->\n/gm, '');

const FRONT = /^---\n([\s\S]*?)\n---\n/;

function quotedLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('>'));
}

describe('renderCheckinMarkdown', () => {
  const checkin = checkinAt('2026-11-25T21:00:00+01:00', [7, 5]);
  const markdown = readable(renderCheckinMarkdown(checkin));

  it('opens with front matter marked as a check-in, with each partner’s number', () => {
    expect(parse(FRONT.exec(markdown)?.[1] ?? '')).toEqual({
      talkturn: 1,
      kind: 'checkin',
      date: '2026-11-25T21:00:00+01:00',
      partners: ['Ana', 'Ben'],
      safe_and_close: [7, 5],
    });
  });

  it('reads as a note: a title with the date, then each partner’s own part, number included', () => {
    const body = markdown.replace(FRONT, '');
    expect(body.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Check-in, Wednesday 25 November 2026 at 21:00',
      '## Ana',
      '## Ben',
    ]);
    expect(body).toContain(
      '## Ana\n\nHow safe and close I feel today, from 1 to 10: 7.\n\nSomething I appreciated today:\n\n> The tea you made.',
    );
    expect(body).toContain('## Ben\n\nHow safe and close I feel today, from 1 to 10: 5.');
    expect(body).toContain('One thing I need:\n\n> A hug before bed.');
    // The two numbers are never on one line, set side by side.
    expect(body).not.toMatch(/Ana 7|7, Ben|Ben 5/);
    expect(quotedLines(markdown)).toHaveLength(6);
  });

  it('parses back to the same data', () => {
    expect(parseCheckinFrontMatter(markdown)).toEqual(checkinFrontMatterData(checkin));
    expect(parseCheckinFrontMatter(markdown)?.safeAndClose).toEqual([7, 5]);
  });

  it('saves a number that is not 1 to 10 as not given, and says so plainly', () => {
    const odd = checkinAt('2026-11-25T21:00:00+01:00', [0, 11]);
    const md = renderCheckinMarkdown({
      ...odd,
      answers: [odd.answers[0]!, { ...odd.answers[1]!, safeAndClose: 6.5 }],
    });
    expect(parseCheckinFrontMatter(md)?.safeAndClose).toEqual([null, null]);
    expect(md.match(/How safe and close I feel today: I would rather not say\./g)).toHaveLength(2);
    expect([1, 10, 0, 11, 5.5, Number.NaN, '7', null].map(checkinNumber)).toEqual([
      1,
      10,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps hostile text inside its quotes and names inside the front matter', () => {
    const text = '---\n# heading\n> quote\n- item\n<b>x</b> [[link]] ```';
    const hostile: Checkin = {
      partners: ['yes', '---\n# Ben'],
      dateIso: '2026-11-25T21:00:00+01:00',
      answers: [0, 1].map(() => ({
        safeAndClose: 4,
        appreciated: text,
        stirred: text,
        need: text,
      })),
    };
    const md = renderCheckinMarkdown(hostile);
    const front = parseCheckinFrontMatter(md);
    expect(front?.partners).toEqual(['yes', '--- # Ben']);
    expect(front?.safeAndClose).toEqual([4, 4]);
    const outside = md
      .replace(FRONT, '')
      .split('\n')
      .filter((l) => !l.startsWith('>'));
    expect(outside.filter((l) => l.startsWith('#'))).toHaveLength(3);
    expect(outside).toContain('## \\--- \\# Ben');
    for (const line of quotedLines(md)) expect(line).not.toMatch(/^> ?(#|>|- |---|<)/);
    expect(quotedLines(md).length).toBe(6 * normalizeText(text).split('\n').length);
  });

  it('a check-in alone speaks in the first person', () => {
    const md = readable(
      renderCheckinMarkdown(checkinAt('2026-11-25T21:00:00+01:00', [6], ['Ana'])),
    );
    expect(md).toContain('How safe and close I feel today, from 1 to 10: 6.');
    expect(md).not.toContain('## Ana');
    expect(md).toContain('One thing I need:\n\n> A hug before bed.');
  });

  it('says plainly what nobody reached in a stopped check-in, and answers none of it', () => {
    const base = checkinAt('2026-11-25T21:00:00+01:00', [null, null]);
    const stopped: Checkin = {
      ...base,
      completed: false,
      answers: [
        { ...base.answers[0]!, need: '', notReached: ['need', 'safeAndClose'] },
        {
          safeAndClose: null,
          appreciated: '',
          stirred: '',
          need: '',
          notReached: ['appreciated', 'stirred', 'need', 'safeAndClose'],
        },
      ],
    };
    const md = renderCheckinMarkdown(stopped);
    expect(parse(FRONT.exec(md)?.[1] ?? '')).toMatchObject({
      safe_and_close: [null, null],
      completed: false,
      not_reached: [1, 2],
    });
    expect(parseCheckinFrontMatter(md)).toEqual(checkinFrontMatterData(stopped));
    expect(md).not.toContain('rather not say');
    const body = readable(md).replace(FRONT, '');
    expect(body).toContain(
      '## Ana\n\nHow safe and close I feel today: *we stopped before this was answered.*\n\n' +
        'Something I appreciated today:\n\n> The tea you made.',
    );
    expect(body).toContain('One thing I need:\n\n*We stopped before this question.*');
    expect(body).toContain('## Ben\n\n*We stopped before this turn: nothing was asked here.*\n');
    // What nobody reached is no answer: nothing is read back from it.
    expect(readCheckinTexts(md, ['Ana', 'Ben']).map((t) => `${t.by} ${t.field}`)).toEqual([
      'Ana appreciated',
      'Ana stirred',
    ]);
  });

  it('reads not_reached only as partners it has, ignoring anything else', () => {
    const md = (value: string) =>
      `---\ntalkturn: 1\nkind: checkin\npartners: ["Ana", "Ben"]\nsafe_and_close: [3, null]\nnot_reached: ${value}\n---\n`;
    expect(parseCheckinFrontMatter(md('[2, 2, 3, 0, "1", 1.5]'))?.notReached).toEqual([2]);
    expect(parseCheckinFrontMatter(md('yes'))).not.toHaveProperty('notReached');
    expect(parseCheckinFrontMatter(md('[]'))).not.toHaveProperty('notReached');
  });

  it('is not mistaken for anything else', () => {
    expect(parseCheckinFrontMatter('# a note')).toBeNull();
    expect(parseCheckinFrontMatter('---\ntalkturn: 1\n---\n')).toBeNull();
    expect(parseCheckinFrontMatter('---\ntalkturn: 1\nkind: checkin\n---\n')).toEqual({
      talkturn: 1,
      kind: 'checkin',
      date: '',
      partners: [],
      safeAndClose: [],
    });
  });
});

describe('saveCheckin', () => {
  it('writes YYYY-MM-DD-HHMM-checkin.md, 0600, in a 0700 folder, never over another', () => {
    const { notes } = workDir();
    const checkin = checkinAt('2026-11-25T21:00:00+01:00', [7, 5]);
    const first = saveCheckin({ checkin, notesDir: notes }).path;
    const second = saveCheckin({ checkin, notesDir: notes }).path;
    expect(path.basename(first)).toBe('2026-11-25-2100-checkin.md');
    expect(path.basename(second)).toBe('2026-11-25-2100-checkin-2.md');
    expect(modeOf(first)).toBe(0o600);
    expect(modeOf(notes)).toBe(0o700);
    expect(fs.readFileSync(first, 'utf8')).toBe(renderCheckinMarkdown(checkin));
  });
});
