// "Your brief" shows every word the brief will hold, at 40x12, 80x24 and 120x40: a line taller
// than the list is paged with M (its first row, with "(left out)" or "(taken out)", staying), a
// line cut at the list's edge ends in "…", and what the couple read is what the sheet writes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { approvedBrief, type Approval } from '../../../src/export/brief/approval.js';
import { renderBriefMarkdown } from '../../../src/export/brief/markdown.js';
import {
  briefText,
  shortened,
  type Brief,
  type BriefItem,
} from '../../../src/export/brief/model.js';
import { width as columns } from '../../../src/text/width.js';
import { BriefApproval } from '../../../src/ui/brief/BriefApproval.js';
import { sampleBrief } from './brief-fixture.js';
import { KEY, renderWith, resize, settle, setupSession, useFakeTime } from '../harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const TODAY = { year: 2026, month: 12, day: 2, hour: 9, minute: 0 };

/** Words that name their place: "r1 r2 … r1500", so a test sees which ones were shown. */
const numbered = (mark: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${mark}${i + 1}`).join(' ');

function long(item: BriefItem, text: string): BriefItem {
  const cut = shortened(text);
  return { ...item, text: cut.text, ...(cut.shortened ? { shortened: true as const } : {}) };
}

/** The sample with a long topic (first) and a reflection pasted whole (last). */
function longBrief(): Brief {
  const brief = sampleBrief(false);
  const items = [...brief.items];
  items[0] = long(items[0]!, numbered('t', 400));
  items[4] = long(items[4]!, numbered('r', 1500));
  return { ...brief, items };
}

const marked = (text: string, mark: string) =>
  new Set(text.match(new RegExp(`\\b${mark}\\d+\\b`, 'g')));

function open(brief: Brief, cols: number, rows: number) {
  const done: (Approval | null)[] = [];
  const view = renderWith(
    setupSession().ui,
    <BriefApproval brief={brief} onDone={(a) => done.push(a)} />,
  );
  resize(view.stdout, cols, rows);
  const frame = () => view.lastFrame() ?? '';
  const press = async (keys: string) => {
    view.stdin.write(keys);
    await settle();
    // Never taller or wider than the terminal.
    const lines = frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(rows);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(cols);
  };
  return { view, done, frame, press };
}

/** The highlighted item's rows: from the "›" row to the next item or the end of the list. */
function highlightedRows(frame: string): string[] {
  const lines = frame.split('\n');
  const from = lines.findIndex((l) => l.startsWith('› '));
  if (from < 0) return [];
  const rest = lines.slice(from + 1);
  const end = rest.findIndex((l) => !l.startsWith('  ') || /^ {2}\S+ ?\d*( \(|,)/.test(l));
  return [lines[from]!, ...(end < 0 ? rest : rest.slice(0, end))];
}

/** Every page of the highlighted item, pressing M until it comes back to its first page. */
async function readAll(o: ReturnType<typeof open>): Promise<string> {
  const pages = [highlightedRows(o.frame()).join('\n')];
  if (!/M more/.test(o.frame())) return pages[0]!;
  for (let i = 0; i < 200; i++) {
    await o.press('m');
    const page = highlightedRows(o.frame()).join('\n');
    if (page === pages[0]) return pages.join('\n');
    pages.push(page);
  }
  throw new Error('M never came back to the first page');
}

describe.each([
  [40, 12],
  [80, 24],
  [120, 40],
])('"Your brief" at %ix%i', (cols, rows) => {
  it('shows every word of every line, the highlighted one never blank, its tag always on view', async () => {
    const brief = longBrief();
    const o = open(brief, cols, rows);
    await settle();
    for (const [i, item] of brief.items.entries()) {
      if (i > 0) await o.press(KEY.down);
      const first = highlightedRows(o.frame())[0] ?? '';
      expect(first, o.frame()).toMatch(/^› \S/);
      if (item.section === 'reflection') expect(first).toContain('(left out)');
      const seen = await readAll(o);
      for (const mark of ['t', 'r']) {
        expect([...marked(seen, mark)].sort(), `${item.id}\n${seen}`).toEqual(
          [...marked(briefText(item), mark)].sort(),
        );
      }
      // A line cut short for the brief says so on the screen.
      if (item.shortened) expect(seen.replace(/\s+/g, ' ')).toContain('the rest is in our notes');
    }
    // Brought in, the reflection drops its tag; taken out, the long topic shows its own.
    await o.press('x');
    expect(highlightedRows(o.frame())[0]).not.toContain('(left out)');
    for (let i = 0; i < brief.items.length; i++) await o.press(KEY.up);
    await o.press('x');
    await o.press('x');
    expect(highlightedRows(o.frame())[0]).toContain('(taken out)');
    if (/M more/.test(o.frame())) {
      await o.press('m');
      expect(highlightedRows(o.frame())[0]).toContain('(taken out)');
    }
  });

  it('marks a line cut at the bottom of the list with "…"', async () => {
    const brief = longBrief();
    const o = open(brief, cols, rows);
    await settle();
    // On the hard day, the long reflection below it is drawn only as far as the list goes.
    for (let i = 0; i < 3; i++) await o.press(KEY.down);
    const lines = o.frame().split('\n');
    const r = lines.findIndex((l) => l.includes('Reflection (left out)'));
    expect(r, o.frame()).toBeGreaterThan(0);
    const shown = lines.slice(r).filter((l) => l.startsWith('  '));
    const all = marked(briefText(brief.items[4]!), 'r');
    if (marked(shown.join(' '), 'r').size < all.size) expect(shown.at(-1)).toMatch(/…$/);
  });
});

it('writes what the couple read: the long reflection brought in, cut as on the screen', async () => {
  const brief = longBrief();
  const o = open(brief, 40, 12);
  await settle();
  for (let i = 0; i < 4; i++) await o.press(KEY.down);
  await o.press('x');
  const seen = await readAll(o);
  await o.press(KEY.enter);
  await o.press('1');
  await o.press('2');
  expect(o.done).toHaveLength(1);
  const sheet = renderBriefMarkdown(approvedBrief(brief, o.done[0]!, TODAY));
  expect([...marked(sheet, 'r')]).toEqual([...marked(seen, 'r')]);
  expect(marked(sheet, 'r').size).toBeLessThan(1500);
  expect(sheet).toContain('… (the rest is in our notes) — Ben, reflecting Ana');
});
