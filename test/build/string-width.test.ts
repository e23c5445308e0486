// The bundle's one string-width (scripts/stubs/string-width.js) against string-width 8.3.0 itself:
// the same width for every character, every emoji sequence and mixed text, with its shortcuts.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain JavaScript module of the build, without types
import lazyWidth, { simpleTextRegex } from '../../scripts/stubs/string-width.js';

const width = lazyWidth as (text: string, options?: { ambiguousIsNarrow?: boolean }) => number;
const simpleText = simpleTextRegex as RegExp;

const EMOJI = [
  '😀',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇳🇱',
  '🇺🇸🇬🇧',
  '#️⃣',
  '1⃣',
  '©️',
  '©',
  '®️',
  '™️',
  '↔️',
  '↔',
  '❤️',
  '❤',
  '✓',
  '✔️',
  '☺',
  '☺️',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '👩🏾‍💻',
  '🧑‍🤝‍🧑',
  '🫶🏻',
  '🏻',
  '🇦',
  '⌚',
  '⭐',
  '〰️',
  '㊙️',
  '‼️',
  '⁉',
  'ℹ️',
  '🈁',
  '🀄',
  '🃏',
  '🅰️',
  '🆎',
];

function differences(samples: string[], options?: { ambiguousIsNarrow?: boolean }) {
  return samples
    .filter((text) => width(text, options) !== stringWidth(text, options))
    .map((text) => ({ text, codes: [...text].map((c) => c.codePointAt(0)!.toString(16)) }));
}

describe('the bundle’s string-width', () => {
  it('measures every character as string-width 8.3.0 does, and every emoji-like one with VS16', () => {
    const samples: string[] = [];
    const ranges = [
      [0, 0xffff],
      [0x1f000, 0x1ffff],
      [0xe0000, 0xe01ef],
    ];
    for (const [from, to] of ranges) {
      for (let code = from!; code <= to!; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCodePoint(code);
        samples.push(char);
        if (/\p{Emoji}|\p{Extended_Pictographic}/u.test(char)) samples.push(`${char}\ufe0f`);
      }
    }
    expect(differences(samples)).toEqual([]);
    expect(
      differences(
        samples.filter((_, i) => i % 7 === 0),
        { ambiguousIsNarrow: false },
      ),
    ).toEqual([]);
  });

  it('measures emoji sequences, Hangul, marks and mixed text the same', () => {
    const samples = [
      ...EMOJI,
      ...EMOJI.map((e) => `Ana ${e} Ben`),
      'Ana — Ben’s turn… “yes”',
      'Before you start · 3 prompts → go',
      'café',
      'cafe\u0301',
      'naïve résumé',
      '日本語のテキスト',
      '한국어',
      '\u1100\u1161\u11a8',
      '\u1100\u1100\u1161',
      'e\u0301\u0301\u0301',
      '\u0915\u094d\u0937',
      'x\u200by',
      'a\u00adb',
      '\u001b[31mred\u001b[39m and ✓',
      '\u2028',
      '\ud800',
      'ｶﾞ',
      'ｰ',
      '\u0600\u0661',
    ];
    expect(differences(samples)).toEqual([]);
  });

  it('takes its no-segmenter shortcut only for characters that stand alone as clusters', () => {
    const simple: string[] = [];
    for (let code = 0x20; code <= 0x2600; code++) {
      const char = String.fromCodePoint(code);
      if (simpleText.test(char)) simple.push(char);
    }
    const segmenter = new Intl.Segmenter();
    const joined: string[] = [];
    for (const a of simple) {
      for (const b of simple) {
        if ([...segmenter.segment(a + b)].length !== 2) joined.push(a + b);
      }
      if (/\p{Extended_Pictographic}|\p{Default_Ignorable_Code_Point}|\p{M}|\p{Cf}/u.test(a)) {
        joined.push(a);
      }
    }
    expect(joined).toEqual([]);
  });
});
