import { describe, expect, it } from 'vitest';
import { nameKey, sameName } from '../../src/text/names.js';

describe('names', () => {
  it('are the same name in any case, with any spaces around or inside', () => {
    expect(sameName('Ana María', '  ana   maría ')).toBe(true);
    expect(sameName('Sam', 'SAM')).toBe(true);
  });

  it('are the same name with accents composed or not', () => {
    expect(sameName('Jose\u0301', 'José')).toBe(true);
  });

  it('keep different names apart', () => {
    expect(sameName('Sam', 'Sam B')).toBe(false);
    expect(nameKey('美咲')).not.toBe(nameKey('美'));
  });
});
