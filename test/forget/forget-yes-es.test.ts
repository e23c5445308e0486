// Deleting for good needs the language's own "yes", typed with or without its accent.
import { afterEach, describe, expect, it } from 'vitest';
import { isYes } from '../../src/forget/ask-yes.js';
import { setLanguage } from '../../src/words/index.js';

afterEach(() => setLanguage('en'));

describe('the answer that deletes', () => {
  it('is "yes" in English, in any capitals, and nothing else', () => {
    expect(isYes(' YES ')).toBe(true);
    expect(isYes('y')).toBe(false);
    expect(isYes('sí')).toBe(false);
  });

  it('is "sí" in Spanish, also typed "si", and not "yes"', () => {
    setLanguage('es');
    expect(isYes('sí')).toBe(true);
    expect(isYes('Si')).toBe(true);
    expect(isYes('yes')).toBe(false);
    expect(isYes('no')).toBe(false);
  });
});
