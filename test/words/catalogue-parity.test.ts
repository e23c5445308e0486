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

/** Every text in a catalogue by its path, with the functions' words made with sample names. */
function texts(value: Shape, at = ''): [string, string][] {
  if (typeof value === 'function') return [[at, value('Ana', 'Ben', 'Cy')]];
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
    const same = texts(es).filter(
      ([at, text]) => english.get(at) === text && !SAME_ON_PURPOSE.has(at),
    );
    expect(same).toEqual([]);
    expect(texts(es).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
