// Every language has every word English has: the same keys all the way down, a function where
// English has one (taking as many names), a list as long. The compiler checks the types; this
// checks what a cast or a spread could hide.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/words/en/index.js';
import { es } from '../../src/words/es/index.js';

type Shape = string | number | boolean | null | ((...args: string[]) => string) | object;

/** Each leaf of a catalogue as "path: kind", such as "common.timeUp: text". */
function leaves(value: Shape, at = ''): string[] {
  if (typeof value === 'function') return [`${at}: words of ${value.length} names`];
  if (Array.isArray(value)) {
    return [`${at}: list of ${value.length}`, ...value.flatMap((v, i) => leaves(v, `${at}[${i}]`))];
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      leaves(v as Shape, at ? `${at}.${key}` : key),
    );
  }
  return [`${at}: ${typeof value === 'string' ? 'text' : typeof value}`];
}

/** What a word made from parts says, made with sample names (or lists of them, or dates' parts). */
function sample(make: (...args: never[]) => string): string {
  const part = { weekday: 'martes', day: '24', month: 'noviembre', year: '2026' };
  for (const args of [['Ana', 'Ben', 'Cy', 'Dee', 'Eve'], [['Ana', 'Ben']], [part]]) {
    try {
      const said = (make as (...a: unknown[]) => string)(...args);
      if (!said.includes('undefined')) return said;
    } catch {
      // Not made from names: try the next kind of part.
    }
  }
  throw new Error(`no sample parts make words from ${make.toString().slice(0, 60)}`);
}

/** Every text in a catalogue by its path, with the functions' words made with sample names. */
function texts(value: Shape, at = ''): [string, string][] {
  if (typeof value === 'function') return [[at, sample(value as (...args: never[]) => string)]];
  if (typeof value === 'string') return [[at, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      texts(v as Shape, at ? `${at}.${key}` : key),
    );
  }
  return [];
}

/** Words the same in both languages on purpose: the bilingual language choice, proper names. */
const SAME_ON_PURPOSE = new Set([
  'languages.chooseTitle',
  'languages.chooseAsk',
  'languages.names.en',
  'languages.names.es',
  'languages.crisis.lifeLineShort',
]);

describe('the Spanish catalogue', () => {
  it('has every key, function and list the English one has', () => {
    expect(leaves(es)).toEqual(leaves(en));
  });

  it('has no word left empty, and none left in English by mistake', () => {
    const english = new Map(texts(en));
    // Forms with no words of their own ("# h", "— Ana", "Ana, Ben") are the same everywhere.
    const sampleWords = /^(ana|ben|cy|dee|eve|martes|noviembre)$/i;
    const wordy = (text: string) =>
      (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => !sampleWords.test(word)).length >= 2;
    // A key's label is the key's name as printed on it (Alt+Enter, Ctrl+C): the same everywhere.
    const keyName = (at: string) => /^keys\.[^.]+\.label$/.test(at);
    const same = texts(es).filter(
      ([at, text]) =>
        english.get(at) === text && wordy(text) && !SAME_ON_PURPOSE.has(at) && !keyName(at),
    );
    expect(same).toEqual([]);
    // Empty only where English is empty too (a status with nothing to add).
    expect(
      texts(es).filter(([at, text]) => text.trim() === '' && english.get(at)?.trim() !== ''),
    ).toEqual([]);
  });
});
