// Notes' dates in English as notes have always written them, now made by words/format.ts.
import { describe, expect, it } from 'vitest';
import { dayMonth, longDate, shortDate, timeOfDay, wallClock } from '../../src/notes/dates.js';

const clock = wallClock('2026-11-24T08:05:00+01:00')!;

describe('dates in notes', () => {
  it('read as English notes always have, with no comma after the weekday', () => {
    expect(longDate(clock)).toBe('Tuesday 24 November 2026');
    expect(shortDate(clock)).toBe('Tue 24 Nov 2026');
    expect(dayMonth(clock)).toBe('24 Nov');
    expect(dayMonth(clock, true)).toBe('24 Nov 2026');
    expect(timeOfDay(clock)).toBe('08:05');
  });

  it('keep the wall clock the note was written at, whatever this machine’s zone', () => {
    expect(timeOfDay(wallClock('2026-11-24T23:59:00-08:00')!)).toBe('23:59');
    expect(longDate(wallClock('2026-11-24T23:59:00-08:00')!)).toBe('Tuesday 24 November 2026');
  });
});
