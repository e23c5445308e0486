import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseNames, parseStartFlags } from '../../src/cli/start-options.js';

describe('start flags', () => {
  it('turns flags into checked values', () => {
    expect(
      parseStartFlags({
        names: ' Ana , Ben ',
        turn: '1m30s',
        rounds: '2',
        max: '30m',
        quiet: true,
      }),
    ).toMatchObject({
      names: ['Ana', 'Ben'],
      turnMs: 90_000,
      rounds: 2,
      maxMs: 1_800_000,
      quiet: true,
    });
  });

  it('leaves out what was not given', () => {
    expect(parseStartFlags({})).toEqual({
      names: undefined,
      deck: undefined,
      turnMs: undefined,
      rounds: undefined,
      maxMs: undefined,
      quiet: false,
      notesDir: undefined,
      encrypt: false,
    });
  });

  it('accepts names in any script', () => {
    expect(parseNames('美咲,José')).toEqual(['美咲', 'José']);
    expect(parseNames('ليلى,Sam 🌻')).toEqual(['ليلى', 'Sam 🌻']);
  });

  it.each(['a,b,c', ',', 'x'.repeat(41), 'a\u0007,b'])('refuses %j as names', (names) => {
    expect(() => parseNames(names)).toThrow(UsageError);
  });

  it('refuses a session time box of zero', () => {
    expect(() => parseStartFlags({ max: '0m' })).toThrow('--max must be longer than zero');
  });

  it('takes up to what a deck takes (a turn of 1h, a time box of 8h), and from a second up', () => {
    expect(parseStartFlags({ turn: '1h', max: '8h' })).toMatchObject({
      turnMs: 3_600_000,
      maxMs: 8 * 3_600_000,
    });
    expect(parseStartFlags({ turn: '3s', max: '30s' })).toMatchObject({
      turnMs: 3_000,
      maxMs: 30_000,
    });
    expect(() => parseStartFlags({ turn: '61m' })).toThrow('--turn can be at most 1h.');
    expect(() => parseStartFlags({ max: '9h' })).toThrow('--max can be at most 8h.');
  });
});
