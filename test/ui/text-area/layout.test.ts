import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  layoutText,
  offsetToRowColumn,
  rowColumnToOffset,
  rowCount,
  rowText,
  textColumns,
  updateLayout,
  visibleWindow,
  type TextLayout,
} from '../../../src/ui/text-area/layout.js';

const rowsOf = (layout: TextLayout): string[] =>
  Array.from({ length: rowCount(layout) }, (_, row) => rowText(layout, row));

const graphemeStarts = (text: string): Set<number> => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const starts = new Set([text.length]);
  for (const { index } of segmenter.segment(text)) starts.add(index);
  return starts;
};

describe('wrapping', () => {
  it('breaks after spaces, keeping the last column for the cursor', () => {
    // 11 columns: 10 for text.
    expect(rowsOf(layoutText('the quick brown fox jumps', 11))).toEqual([
      'the quick ',
      'brown fox ',
      'jumps',
    ]);
  });

  it('lets one space hang in the last column rather than start a row', () => {
    expect(rowsOf(layoutText('abcdefghij klm', 11))).toEqual(['abcdefghij ', 'klm']);
  });

  it('breaks a word longer than a row between graphemes', () => {
    expect(rowsOf(layoutText('a supercalifragilistic word', 9))).toEqual([
      'a ',
      'supercal',
      'ifragili',
      'stic ',
      'word',
    ]);
  });

  it('counts CJK and emoji as two columns and never splits them', () => {
    const layout = layoutText('世界世界世界 👍👍👍', 8);
    const rows = rowsOf(layout);
    expect(rows).toEqual(['世界世', '界世界 ', '👍👍👍']);
    for (const row of rows) expect(stringWidth(row.trimEnd())).toBeLessThanOrEqual(7);
  });

  it('keeps ZWJ sequences and combining accents whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const rows = rowsOf(layoutText(`${family}${family}${family}e\u0301e\u0301`, 5));
    expect(rows).toEqual([`${family}${family}`, `${family}e\u0301e\u0301`]);
  });

  it('makes a row per line, empty lines included, and a last row after a final \\n', () => {
    expect(rowsOf(layoutText('one\n\nthree\n', 20))).toEqual(['one', '', 'three', '']);
    expect(rowsOf(layoutText('', 20))).toEqual(['']);
  });

  it('adds a row for the cursor after a space hanging at the very end', () => {
    expect(rowsOf(layoutText('abcdefghij ', 11))).toEqual(['abcdefghij ', '']);
  });

  it('still makes progress when a grapheme is wider than the row', () => {
    expect(rowsOf(layoutText('世界', 2))).toEqual(['世', '界']);
  });
});

describe('cursor mapping', () => {
  const texts = [
    'the quick brown fox jumps over the lazy dog',
    'one\n\ntwo three four five six\n',
    '世界世界世界 👍👍👍 e\u0301tude 👨‍👩‍👧‍👦 flag 🇫🇷🇫🇷',
    'abcdefghij klm',
  ];

  it.each(texts)('round-trips every boundary of %j', (text) => {
    for (const width of [5, 8, 11, 40]) {
      const layout = layoutText(text, width);
      for (const offset of graphemeStarts(text)) {
        const { row, column } = offsetToRowColumn(layout, offset);
        expect(column).toBeLessThanOrEqual(textColumns(width) + 1);
        const back = rowColumnToOffset(layout, row, column);
        // The end of a wrapped row is drawn at the start of the next one, so it maps back there.
        expect(offsetToRowColumn(layout, back)).toEqual({ row, column });
      }
    }
  });

  it('puts the end of a wrapped row at the start of the next', () => {
    const layout = layoutText('the quick brown', 11);
    expect(offsetToRowColumn(layout, 'the quick '.length)).toEqual({ row: 1, column: 0 });
    expect(offsetToRowColumn(layout, 'the quick'.length)).toEqual({ row: 0, column: 9 });
  });

  it('clamps a column past the end of a row to the last place on it', () => {
    const layout = layoutText('short\nthe quick brown', 11);
    expect(rowColumnToOffset(layout, 0, 50)).toBe(5);
    // Row 1 is "the quick " (wrapped): the cursor stops before its last space.
    expect(rowColumnToOffset(layout, 1, 50)).toBe('short\nthe quick'.length);
  });

  it('lands before a wide character when the column falls inside it', () => {
    const layout = layoutText('a世b', 20);
    expect(rowColumnToOffset(layout, 0, 2)).toBe(1);
    expect(rowColumnToOffset(layout, 0, 3)).toBe(2);
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  'word ',
  'a ',
  'longerwordthatwillbreak',
  '\n',
  '\n\n',
  ' ',
  '世界',
  '👍',
  '👨‍👩‍👧‍👦',
  'e\u0301',
  '🇫🇷',
  'x',
  '  ',
];

/** The wrap rules, written plainly over a full segmentation, to check the fast paths against. */
function referenceRowStarts(text: string, width: number): number[] {
  const columns = textColumns(width);
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)];
  const starts = [0];
  let rowStart = 0;
  let used = 0;
  let breakAfter = -1;
  for (let index = 0; index < graphemes.length; index++) {
    const { segment, index: start } = graphemes[index] as Intl.SegmentData;
    const end = start + segment.length;
    const cells = stringWidth(segment);
    if (segment === '\n') {
      starts.push(end);
      [rowStart, used, breakAfter] = [end, 0, -1];
      continue;
    }
    if (used + cells <= columns || start === rowStart) {
      used += cells;
      if (segment === ' ' || segment === '\u3000' || cells === 2) breakAfter = end;
      continue;
    }
    const rowEnd = segment === ' ' ? end : breakAfter > rowStart ? breakAfter : start;
    starts.push(rowEnd);
    [rowStart, used, breakAfter] = [rowEnd, 0, -1];
    // Re-read the graphemes from the new row start.
    while (index >= 0 && (graphemes[index] as Intl.SegmentData).index >= rowEnd) index--;
  }
  // A break at the very end (a line break, or a hanging space) leaves the last, empty row.
  return starts;
}

describe('fast paths', () => {
  it('wrap exactly like the plain rules over a full segmentation', () => {
    const next = random(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const pieces = [
      ...PIECES,
      'あなたが',
      '、',
      '한국어',
      'ｶﾀｶﾅ',
      '\u3099',
      'ab\u0301',
      '😀\u{1F3FD}',
    ];
    for (let sample = 0; sample < 200; sample++) {
      const text = Array.from({ length: 40 }, () => pick(pieces)).join('');
      for (const width of [2, 5, 9, 20]) {
        expect(layoutText(text, width).rowStarts, JSON.stringify({ text, width })).toEqual(
          referenceRowStarts(text, width),
        );
      }
    }
  });
});

describe('incremental re-wrap', () => {
  it('gives the same rows as wrapping from scratch, edit after edit', () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    for (const width of [3, 7, 12, 30]) {
      let text = Array.from({ length: 60 }, () => pick(PIECES)).join('');
      let layout = layoutText(text, width);
      for (let step = 0; step < 300; step++) {
        const at = Math.floor(next() * (text.length + 1));
        const removed = next() < 0.4 ? Math.floor(next() * 6) : 0;
        const inserted = next() < 0.7 ? pick(PIECES) : '';
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        layout = updateLayout(layout, text, width);
        const fresh = layoutText(text, width);
        expect(layout.rowStarts, `width ${width}, step ${step}`).toEqual(fresh.rowStarts);
        expect(layout.rowReach).toEqual(fresh.rowReach);
        if (step % 50 === 0) {
          const boundaries = graphemeStarts(text);
          for (const start of layout.rowStarts) expect(boundaries.has(start)).toBe(true);
        }
      }
    }
  });

  it('re-wraps everything when the width changes', () => {
    const layout = layoutText('the quick brown fox', 11);
    expect(rowsOf(updateLayout(layout, layout.text, 30))).toEqual(['the quick brown fox']);
  });

  it('returns the same layout for the same text', () => {
    const layout = layoutText('unchanged', 11);
    expect(updateLayout(layout, 'unchanged', 11)).toBe(layout);
  });
});

describe('visibleWindow', () => {
  it('keeps the window while the cursor is in it', () => {
    expect(visibleWindow(100, 12, 5, 10)).toBe(10);
  });

  it('scrolls just enough to bring the cursor into view', () => {
    expect(visibleWindow(100, 15, 5, 10)).toBe(11);
    expect(visibleWindow(100, 3, 5, 10)).toBe(3);
  });

  it('does not leave empty rows below a text that could fill them', () => {
    expect(visibleWindow(8, 7, 5, 6)).toBe(3);
    expect(visibleWindow(3, 2, 5, 4)).toBe(0);
  });
});

describe('detached row text', () => {
  it('is equal to the row, code unit for code unit, lone surrogates included', async () => {
    const { detached } = await import('../../../src/ui/text-area/detached.js');
    for (const text of ['', 'plain', '美咲 🌻 ليلى', 'lone \uD83D surrogate']) {
      expect(detached(text)).toBe(text);
    }
  });
});
