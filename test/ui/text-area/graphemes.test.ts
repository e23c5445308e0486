import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  forEachGrapheme,
  graphemeWidth,
  nextGraphemeBoundary,
  previousGraphemeBoundary,
  snapToGraphemeBoundary,
} from '../../../src/ui/text-area/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters from every class the fast paths treat differently, and the ones that join. */
const POOL = [
  'a',
  ' ',
  '.',
  '\n',
  'é',
  '\u00a0',
  '\u00ad',
  'ß',
  'Ω',
  'ж',
  'ѣ',
  '\u0483',
  '世',
  '、',
  'あ',
  'ア',
  '\u3099',
  '\u302a',
  '한',
  '\u1100',
  '\u1161',
  '\u11a8',
  'ｱ',
  'Ａ',
  '\u0301',
  '\u200d',
  '\ufe0f',
  '👍',
  '\u{1f3fd}',
  '🇫',
  '🇷',
  '\u0600',
  'क',
  '\u094d',
  'ि',
  '\u0e33',
  '1',
  '\u20e3',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('grapheme boundaries', () => {
  it('match a full segmentation of the text, fast paths and windows included', () => {
    const next = random(3);
    for (let sample = 0; sample < 300; sample++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 30) },
        () => POOL[Math.floor(next() * POOL.length)],
      ).join('');
      const expected = [...segmenter.segment(text)].map(({ index, segment }) => [
        index,
        index + segment.length,
      ]);
      const seen: number[][] = [];
      forEachGrapheme(text, 0, text.length, (start, end) => {
        seen.push([start, end]);
        return true;
      });
      expect(seen, JSON.stringify(text)).toEqual(expected);
      for (const [start, end] of expected as [number, number][]) {
        expect(nextGraphemeBoundary(text, start)).toBe(end);
        expect(previousGraphemeBoundary(text, end)).toBe(start);
        for (let inside = start + 1; inside < end; inside++) {
          expect(snapToGraphemeBoundary(text, inside)).toBe(start);
          expect(snapToGraphemeBoundary(text, inside, 'forward')).toBe(end);
        }
      }
    }
  });

  it('segment long runs of text with no ASCII in them', () => {
    const text = '👍'.repeat(300) + '🇫🇷'.repeat(300);
    expect(nextGraphemeBoundary(text, 598)).toBe(600);
    expect(previousGraphemeBoundary(text, 600)).toBe(598);
    expect(previousGraphemeBoundary(text, text.length)).toBe(text.length - 4);
    let count = 0;
    forEachGrapheme(text, 0, text.length, () => ++count > 0);
    expect(count).toBe(600);
  });
});

describe('graphemeWidth', () => {
  it('agrees with string-width on every character of the Basic Multilingual Plane', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if (graphemeWidth(character) !== stringWidth(character)) differences.push(code.toString(16));
    }
    expect(differences).toEqual([]);
  });

  it('measures emoji and clusters as string-width does', () => {
    for (const grapheme of ['👍', '👨‍👩‍👧‍👦', '🇫🇷', 'e\u0301', '1️⃣', '\u0301']) {
      expect(graphemeWidth(grapheme)).toBe(stringWidth(grapheme));
    }
  });
});
