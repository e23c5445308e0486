// "Your questions" before a talk: the one who asked chooses which questions to bring, so each
// question must be readable whole on the picker, at 40x12, 80x24 and 120x40 (wrapped at words,
// or one named key away), never cut mid-word with no way to read the rest.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TalkItem } from '../../../src/questions/talk.js';
import { ChooseQuestions } from '../../../src/ui/questions/ChooseQuestions.js';
import { setLanguage } from '../../../src/words/index.js';
import { KEY, setupSession, useFakeTime } from '../harness.js';
import { renderAt, sizeName, type Size } from './headless.js';
import { expectFits, press, rowsOf, unreadable } from './reading.js';

const SIZES: Size[] = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
  { columns: 120, rows: 40 },
];

const LONG = [
  'When you said you were working late in March, where were you really, and who was with you?',
  'Did you ever think of telling me yourself, before I found the messages on the phone bill?',
];

function question(text: string, at: number): TalkItem {
  const askedAt = `2026-11-2${at}T20:00:00.000Z`;
  return {
    kind: 'question',
    question: {
      id: `q${at}`,
      text,
      by: 'Ben',
      askedAt,
      status: 'open',
      history: [{ status: 'open', at: askedAt }],
      talks: [],
    },
  };
}

beforeEach(() => useFakeTime());
afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
});

describe.each(SIZES)('the questions to bring, at $columns x $rows', (size) => {
  it('shows every question whole, or a named key away', async () => {
    const { ui } = setupSession();
    const { view } = await renderAt(
      ui,
      <ChooseQuestions
        items={LONG.map((text, i) => question(text, i + 1))}
        limit={2}
        onDone={() => {}}
        onBack={() => {}}
      />,
      size,
    );
    // Read with the keys the screen names: M for its pages, ↓ for the list ("↓ 1 more").
    const missing = new Map(LONG.map((text) => [text, new Set<string>()]));
    for (let highlight = 0; highlight <= LONG.length; highlight++) {
      if (highlight > 0) await press(view, KEY.down);
      for (const text of LONG) {
        const unread = new Set(await unreadable(view, size, text));
        const before = missing.get(text);
        missing.set(
          text,
          highlight === 0 || !before ? unread : new Set([...before].filter((w) => unread.has(w))),
        );
      }
    }
    for (const [text, unread] of missing) {
      expect([...unread], `${text} at ${sizeName(size)}`).toEqual([]);
    }
    // No word is cut with nothing to say where the rest is.
    const rows = await rowsOf(view, size);
    expect(rows.filter((row) => /\p{L}…\S*\s*$/u.test(row)).join('\n')).toBe('');
    expectFits(view, size);
  });
});
