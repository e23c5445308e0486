// The front matter read by hand (src/notes/read-front-matter.ts) against the YAML parser: the
// same fields for everything talkturn writes, whatever the words in it, and the parser's own
// answer for anything written otherwise.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderCheckinMarkdown, renderSessionMarkdown } from '../../src/notes/index.js';
import { fastFields, readTalkturnFields } from '../../src/notes/read-front-matter.js';
import { frontMatterBlock, quoted, talkturnFields } from '../../src/notes/yaml-fields.js';
import { completedState, withAllTexts } from './fixtures.js';
import { checkinAt } from './folder-fixtures.js';

const inner = (block: string) => block.replace(/^---\n/, '').replace(/\n?---$/, '');

/** A small seeded generator, so a failure comes back the same every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = [
  'yes',
  'no',
  'null',
  '~',
  'true',
  'False',
  '1e3',
  '0x10',
  '0o7',
  '.inf',
  '-.5',
  '12',
  '-3',
  'a: b',
  'a #b',
  '#x',
  '- x',
  '[x]',
  '{x}',
  '"q"',
  "it's",
  'back\\slash',
  'tab\there',
  'line\nbreak',
  '  lead',
  'trail  ',
  '',
  ' ',
  'Ana',
  'Zoë',
  '日本',
  '👩🏾‍💻',
  'é',
  '\u0000\u0007\u001b',
  '\u2028',
  '\u00a0',
  '\u0085',
  '\ufeff',
  '---',
  '...',
  '@me',
  '%x',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  '?',
  ':',
  ',',
  '<<',
  '__proto__',
];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 2 ? 6 : 9));
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  switch (pick) {
    case 0:
      return quoted(word() + word());
    case 1:
      return Math.floor(next() * 100000) - 500;
    case 2:
      return next() < 0.5 ? next() * 1000 : 1e21 * next();
    case 3:
      return next() < 0.5;
    case 4:
      return null;
    case 5:
      return `2026-11-${10 + Math.floor(next() * 19)}T18:05:00+01:00`;
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    case 7:
      return Object.fromEntries(
        Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => [
          `${['by', 'text', 'at_seconds', 'id'][i % 4]}${i}`,
          value(next, depth + 1),
        ]),
      );
    default:
      return word();
  }
}

describe('front matter read by hand', () => {
  it('reads every note talkturn writes without the YAML parser, as the parser reads it', () => {
    const notes = [
      renderSessionMarkdown(completedState()),
      renderSessionMarkdown(withAllTexts(completedState(), 'She said: "no #1" — yes\\no\n😢')),
      renderCheckinMarkdown(checkinAt('2026-11-20T08:00:00+01:00', [3, null])),
      renderCheckinMarkdown(checkinAt('2026-11-20T08:00:00-05:00', [0], ['Zoë'])),
    ];
    for (const markdown of notes) {
      const block = /^---\n([\s\S]*?)\n---/.exec(markdown)![1]!;
      expect(fastFields(block)).toBeDefined();
      expect(fastFields(block)).toEqual(parse(block));
      expect(readTalkturnFields(markdown)).toEqual(talkturnFields(markdown));
    }
  });

  it('gives the parser’s answer for 2,000 front matters of every kind of word and value', () => {
    const next = random(19);
    let byHand = 0;
    for (let i = 0; i < 2000; i++) {
      const fields: Record<string, unknown> = { talkturn: 1 };
      for (let k = 0; k < 1 + Math.floor(next() * 6); k++) fields[`key_${k}`] = value(next, 0);
      const block = inner(frontMatterBlock(fields));
      const fast = fastFields(block);
      if (fast !== undefined) {
        byHand++;
        expect({ block, fields: fast }).toEqual({ block, fields: parse(block) });
      }
    }
    // Most of it is read by hand: the shortcut is really taken.
    expect(byHand).toBeGreaterThan(1000);
  });

  it('leaves whatever else a person may write to the parser', () => {
    const edited = [
      'talkturn: 1\n# a comment\nkind: session',
      'talkturn: 1\r\nkind: session',
      "talkturn: 1\nkind: 'session'",
      'talkturn: 1\nkind: session # mine',
      'talkturn: 1\npartners: [Ana, Ben]',
      'talkturn: 1\npartners:\n- Ana\n- Ben',
      'talkturn: 1\n\nkind: session',
      'talkturn: 1\nkind: session\nkind: checkin',
      'talkturn: 1\nnote: |\n  two\n  lines',
      'talkturn: 0x1',
      'talkturn: 1\n__proto__: x',
      'talkturn: 1\ndate: "unterminated',
    ];
    for (const block of edited) {
      expect(fastFields(block)).toBeUndefined();
      const markdown = `---\n${block}\n---\nbody`;
      expect(readTalkturnFields(markdown)).toEqual(talkturnFields(markdown));
    }
  });
});
