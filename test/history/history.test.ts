import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { barRows, dateAxis, runHistoryCommand } from '../../src/history/index.js';
import {
  capture,
  checkinAt,
  saveCheckins,
  saveSessions,
  workDir,
} from '../notes/folder-fixtures.js';

const ESC = '\u001b';

async function history(
  notesDir: string,
  options: {
    columns?: number;
    color?: boolean;
    env?: Record<string, string>;
    numbersOf?: string;
  } = {},
) {
  const { out, err, sinks } = capture();
  const code = await runHistoryCommand({ notesDir, ...sinks, env: {}, ...options });
  return { code, out, err, text: out.join('\n') };
}

/** The lines from `heading` up to the next blank line after its content. */
function section(out: string[], heading: string): string[] {
  const start = out.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rest = out.slice(start + 2);
  const end = rest.findIndex((line, i) => line === '' && !/^ {2}/.test(rest[i + 1] ?? ''));
  return end < 0 ? rest : rest.slice(0, end);
}

function day(offset: number): string {
  const d = new Date(Date.UTC(2026, 9, 1 + offset));
  return `${d.toISOString().slice(0, 10)}T21:00:00+01:00`;
}

/** Two sessions and five check-ins over a week. */
function week(notes: string): void {
  saveSessions(notes, [
    {
      at: '2026-11-22T20:10:00+01:00',
      deck: { id: 'hard-questions', title: 'The hard questions' },
      completed: false,
      minutes: 12,
      agreements: ['Say when I need a break.\nAnd take it.', ''],
    },
    { at: '2026-11-24T18:05:00+01:00', agreements: ['Text when late.', 'Weekly walk.'] },
  ]);
  saveCheckins(notes, [
    checkinAt('2026-11-21T21:00:00+01:00', [4, 3]),
    checkinAt('2026-11-23T21:00:00+01:00', [5, 5]),
    checkinAt('2026-11-25T21:00:00+01:00', [7, null]),
    checkinAt('2026-11-26T21:00:00+01:00', [8, 6]),
    checkinAt('2026-11-28T21:00:00+01:00', [10, 7]),
  ]);
}

describe('talkturn history', () => {
  it('lists sessions and check-ins newest first: date, deck, length, finished or not', async () => {
    const { notes } = workDir();
    week(notes);
    const { code, out, err } = await history(notes);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('Your conversations and check-ins, newest first');
    expect(section(out, 'Your conversations and check-ins, newest first')).toEqual([
      '  Sat 28 Nov 2026, 21:00  Check-in · Ana and Ben',
      '  Thu 26 Nov 2026, 21:00  Check-in · Ana and Ben',
      '  Wed 25 Nov 2026, 21:00  Check-in · Ana and Ben',
      '  Tue 24 Nov 2026, 18:05  Trust basics · 33 min · finished',
      '  Mon 23 Nov 2026, 21:00  Check-in · Ana and Ben',
      '  Sun 22 Nov 2026, 20:10  The hard questions · 12 min · stopped partway',
      '  Sat 21 Nov 2026, 21:00  Check-in · Ana and Ben',
    ]);
  });

  it('shows the open agreements newest first, with who proposed them and when', async () => {
    const { notes } = workDir();
    week(notes);
    const { out } = await history(notes);
    expect(section(out, 'What you agreed to try, newest first')).toEqual([
      '  ● Ana, Tue 24 Nov 2026',
      '      Text when late.',
      '  ◆ Ben, Tue 24 Nov 2026',
      '      Weekly walk.',
      '  ● Ana, Sun 22 Nov 2026',
      '      Say when I need a break.',
      '      And take it.',
    ]);
  });

  it('applies reviews when there are some: a retired agreement is no longer shown', async () => {
    const { notes } = workDir();
    week(notes);
    const id = (n: number) => `2026-11-24T18:05:00+01:00#${n}`;
    const at = {
      iso: '2026-12-01T09:00:00+01:00',
      wall: { year: 2026, month: 12, day: 1, hour: 9, minute: 0 },
      date: '2026-12-01',
      instant: Date.parse('2026-12-01T09:00:00+01:00'),
    };
    const { out, sinks } = capture();
    await runHistoryCommand({
      notesDir: notes,
      ...sinks,
      env: {},
      reviews: [
        { agreementId: id(1), status: 'retired', when: at },
        { agreementId: id(2), status: 'helping', when: at },
      ],
    });
    expect(section(out, 'What you agreed to try, newest first')).toEqual([
      '  ◆ Ben, Tue 24 Nov 2026, helping',
      '      Weekly walk.',
      '  ● Ana, Sun 22 Nov 2026',
      '      Say when I need a break.',
      '      And take it.',
    ]);
  });

  it('never sets the two partners’ numbers side by side: without a name, only how many', async () => {
    const { notes } = workDir();
    week(notes);
    const { out } = await history(notes);
    const start = out.indexOf('Your check-ins');
    expect(out.slice(start + 2)).toEqual([
      "  5 check-ins so far. Each number is its writer's own, so they are never shown",
      '  side by side. To see your own over time:',
      '    talkturn history --numbers YOUR-NAME',
    ]);
    expect(out.join('\n')).not.toMatch(/[█▄]/);
  });

  it('draws one partner’s numbers as bars when asked by name, oldest on the left', async () => {
    const { notes } = workDir();
    week(notes);
    const { out } = await history(notes, { numbersOf: 'ben' });
    const start = out.indexOf('How safe and close Ben has felt');
    expect(out.slice(start + 2)).toEqual([
      '  One bar for each check-in, oldest on the left. The taller the bar, the safer',
      '  and closer that day felt, from 1 to 10. A · is a check-in without a number.',
      '',
      '  ◆ Ben',
      '    │',
      '    │             ▄▄',
      '    │    ▄▄    ██ ██',
      '    │ ▄▄ ██    ██ ██',
      '    │ ██ ██ ·  ██ ██',
      '      21 Nov  28 Nov',
    ]);
    expect(out).not.toContain('  ● Ana');
  });

  it('the chart is a picture: no digits in it, only the dates under it', async () => {
    const { notes } = workDir();
    week(notes);
    const { out } = await history(notes, { numbersOf: 'Ana' });
    const chart = out.slice(
      out.indexOf('  ● Ana', out.indexOf('How safe and close Ana has felt')),
      -1,
    );
    expect(chart).toHaveLength(6);
    for (const line of chart) expect(line).not.toMatch(/\d/);
  });

  it('with many check-ins, shows the latest that fit, one column each', async () => {
    const { notes } = workDir();
    saveCheckins(
      notes,
      Array.from({ length: 45 }, (_, i) => checkinAt(day(i), [(i % 10) + 1, 10 - (i % 10)])),
    );
    const { out } = await history(notes, { columns: 80, numbersOf: 'Ana' });
    expect(out).toContain(
      '  One bar for each of the last 37 check-ins, oldest on the left. The taller the',
    );
    const bottom = out.at(-2) ?? '';
    expect(bottom.startsWith('    │ █ █ ▄ █ ')).toBe(true);
    expect(stringWidth(bottom)).toBe(6 + 37 * 2 - 1);
    expect(out.at(-1)).toMatch(/^ {6}9 Oct {62}14 Nov$/);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('fits a narrow terminal', async () => {
    const { notes } = workDir();
    week(notes);
    const { out } = await history(notes, { columns: 40 });
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(out).toContain('  Sun 22 Nov 2026, 20:10');
    expect(out).toContain('    The hard questions · 12 min ·');
  });

  it('colours each partner only when asked, and never with NO_COLOR', async () => {
    const { notes } = workDir();
    week(notes);
    const coloured = await history(notes, { color: true });
    expect(coloured.text).toContain(`${ESC}[36m● Ana${ESC}[39m`);
    expect(coloured.text).toContain(`${ESC}[35m◆ Ben${ESC}[39m`);
    for (const env of [{ NO_COLOR: '1' }, { NO_COLOR: 'true' }]) {
      const plain = await history(notes, { color: true, env });
      expect(plain.text).not.toContain(ESC);
      expect(plain.out).toEqual((await history(notes)).out);
    }
  });

  it('on an empty or missing folder, says kindly that there is nothing yet and how to start', async () => {
    const { notes } = workDir();
    const missing = await history(notes);
    expect(fs.existsSync(notes)).toBe(false);
    fs.mkdirSync(notes);
    const empty = await history(notes);
    for (const result of [missing, empty]) {
      expect(result.code).toBe(0);
      expect(result.err).toEqual([]);
      expect(result.out[0]).toBe('Nothing here yet.');
      expect(result.out.at(-1)).toBe('Whenever you are ready to begin:  talkturn');
    }
  });

  it('leaves out a damaged file with one warning line, and shows the rest', async () => {
    const { notes } = workDir();
    week(notes);
    fs.writeFileSync(path.join(notes, '2026-11-27-2000-trust-basics.md'), '---\ntalk');
    fs.writeFileSync(path.join(notes, '2026-11-27-2100-trust-basics.md.age'), 'age');
    const { code, out, err } = await history(notes);
    expect(code).toBe(0);
    expect(err).toEqual([
      'Left out 2026-11-27-2000-trust-basics.md: it does not start the way talkturn writes its notes, so it may be damaged.',
      '1 encrypted session was left out; talkturn cannot open encrypted notes here yet, and the files are safe as they are.',
    ]);
    expect(section(out, 'Your conversations and check-ins, newest first')).toHaveLength(7);
  });

  it('when nothing can be read, does not say "nothing yet"', async () => {
    const { notes } = workDir();
    fs.mkdirSync(notes);
    fs.writeFileSync(path.join(notes, '2026-11-27-2000-trust-basics.md'), '');
    const { out, err } = await history(notes);
    expect(out[0]).toBe('There are no notes here that talkturn can read yet.');
    expect(err).toEqual(['Left out 2026-11-27-2000-trust-basics.md: the file is empty.']);
  });

  it('with sessions only, or check-ins only, says what is not there yet without pressing', async () => {
    const sessionsOnly = workDir().notes;
    saveSessions(sessionsOnly, [{ at: '2026-11-24T18:05:00+01:00' }]);
    expect((await history(sessionsOnly)).out.slice(-2)).toEqual([
      '  No check-ins yet. A check-in takes a few minutes on an ordinary day:',
      '    talkturn checkin',
    ]);
    const checkinsOnly = workDir().notes;
    saveCheckins(checkinsOnly, [checkinAt('2026-11-24T21:00:00+01:00', [5, 6])]);
    const { out } = await history(checkinsOnly, { numbersOf: 'Ana' });
    expect(section(out, 'What you agreed to try, newest first')).toEqual([
      '  Nothing yet: at the end of a conversation, each of you can name one thing to',
      '  try.',
    ]);
    expect(out.at(-1)).toBe('      24 Nov');
  });

  it('says what a dot in the chart is, only when a check-in had no number', async () => {
    const { notes } = workDir();
    saveCheckins(notes, [
      checkinAt('2026-11-24T21:00:00+01:00', [null, 6]),
      checkinAt('2026-11-25T21:00:00+01:00', [7, 6]),
    ]);
    const flat = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');
    expect(flat((await history(notes, { numbersOf: 'Ana' })).out)).toContain(
      'from 1 to 10. A · is a check-in without a number.',
    );
    expect(flat((await history(notes, { numbersOf: 'Ben' })).out)).not.toContain('A · is');
  });

  it('lists the latest twenty and points to the export for the rest', async () => {
    const { notes } = workDir();
    saveCheckins(
      notes,
      Array.from({ length: 23 }, (_, i) => checkinAt(day(i), [5, 5])),
    );
    const { out } = await history(notes);
    const list = section(out, 'Your conversations and check-ins, newest first');
    expect(list.filter((line) => line.includes('Check-in'))).toHaveLength(20);
    expect(out).toContain(
      '  3 earlier ones are in your notes too; talkturn export gathers them all.',
    );
  });

  it('prints no escape codes or control characters that were saved in a note', async () => {
    const { notes } = workDir();
    saveSessions(notes, [
      {
        at: '2026-11-24T18:05:00+01:00',
        partners: [`Ana${ESC}[2J`, 'Ben\u0007'],
        deck: { id: 'x', title: `Deck${ESC}]0;pwned\u0007` },
        agreements: [`Be kind${ESC}[31m.`, 'Ok.\r'],
      },
    ]);
    const { text } = await history(notes);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('Be kind.');
  });

  it('says in one sentence when the notes folder cannot be read', async () => {
    const { root } = workDir();
    const file = path.join(root, 'not-a-folder');
    fs.writeFileSync(file, '');
    const { code, out, err } = await history(file);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `The notes folder ${file} is a file, not a folder: check the path and try again.`,
    ]);
  });
});

describe('bars', () => {
  it('one point is half a block, two points a full block, on five rows', () => {
    expect(barRows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([
      '                ▄ █',
      '            ▄ █ █ █',
      '        ▄ █ █ █ █ █',
      '    ▄ █ █ █ █ █ █ █',
      '▄ █ █ █ █ █ █ █ █ █',
    ]);
    expect(barRows([null, 3], 2)).toEqual(['', '', '', '   ▄▄', '·  ██']);
  });

  it('puts the dates at both ends when they fit, else says from and to', () => {
    expect(dateAxis('1 Nov', '9 Nov', 14)).toBe('1 Nov    9 Nov');
    expect(dateAxis('1 Nov', '9 Nov', 5)).toBe('1 Nov to 9 Nov');
    expect(dateAxis('1 Nov', '1 Nov', 5)).toBe('1 Nov');
  });
});
