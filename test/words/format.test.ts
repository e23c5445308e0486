// Dates, durations, counts and lists in English, as the notes and screens have always said them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  dayMonth,
  duration,
  list,
  longDate,
  number,
  plural,
  shortDate,
  timeOfDay,
} from '../../src/words/format.js';
import { language, locale, setLanguage, type Catalogue } from '../../src/words/index.js';

const tuesday = { year: 2026, month: 11, day: 24, hour: 18, minute: 5 };

describe('format.ts in English', () => {
  afterEach(() => setLanguage('en'));

  it('speaks English by default, with the British order of day and month', () => {
    expect(language()).toBe('en');
    expect(locale()).toBe('en-GB');
  });

  it('writes days as the notes always have, without Intl’s comma after the weekday', () => {
    expect(longDate(tuesday)).toBe('Tuesday 24 November 2026');
    expect(shortDate(tuesday)).toBe('Tue 24 Nov 2026');
    expect(dayMonth(tuesday)).toBe('24 Nov');
    expect(dayMonth(tuesday, true)).toBe('24 Nov 2026');
  });

  it('writes the time on a 24-hour clock, as written wherever the note was made', () => {
    expect(timeOfDay(tuesday)).toBe('18:05');
    expect(timeOfDay({ ...tuesday, hour: 0, minute: 7 })).toBe('00:07');
    expect(timeOfDay({ ...tuesday, hour: 9, minute: 30 })).toBe('09:30');
  });

  it('keeps a day as it was lived, whatever the time zone of this machine', () => {
    // Late on the last day of a month: a zone shift would make it the 1st.
    expect(longDate({ year: 2026, month: 11, day: 30, hour: 23, minute: 59 })).toBe(
      'Monday 30 November 2026',
    );
  });

  it('joins names with "and", and three or more with commas first', () => {
    expect(list(['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(list(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy');
    expect(list(['Ana'])).toBe('Ana');
    expect(list(['Ana', 'Ben'], 'disjunction')).toBe('Ana or Ben');
    // Amounts, as in "Delete 3 files for good: 2 sessions, 1 check-in".
    expect(list(['2 sessions', '1 check-in', '1 unfinished session'], 'unit')).toBe(
      '2 sessions, 1 check-in, 1 unfinished session',
    );
  });

  it('chooses the plural form by the count', () => {
    const talks = { one: '# talk', other: '# talks' };
    expect(plural(1, talks)).toBe('1 talk');
    expect(plural(3, talks)).toBe('3 talks');
    expect(plural(0, talks)).toBe('0 talks');
    expect(plural(1234, talks)).toBe('1,234 talks');
    expect(plural(2, { other: 'some' })).toBe('some');
    expect(number(12345)).toBe('12,345');
  });

  it('lets a language with more plural forms fill them in (the type takes every category)', () => {
    // Polish has few and many: a catalogue typed as English's must still accept them.
    const files: Catalogue['forget']['files'] = {
      one: '# plik',
      few: '# pliki',
      many: '# plików',
      other: '# pliku',
    };
    expect(plural(3, files)).toBe('3 pliku'); // English rules: 3 is "other"
    expect(plural(1, files)).toBe('1 plik');
  });

  it('writes lengths of time in two units at most, rounded to the second', () => {
    expect(duration(0)).toBe('0 s');
    expect(duration(45_000)).toBe('45 s');
    expect(duration(44_600)).toBe('45 s');
    expect(duration(3 * 60_000)).toBe('3 min');
    expect(duration(125_000)).toBe('2 min 5 s');
    expect(duration(90 * 60_000)).toBe('1 h 30 min');
    expect(duration(2 * 3_600_000 + 20_000)).toBe('2 h');
    expect(duration(-5_000)).toBe('0 s');
  });

  it('spells lengths out in full when asked, with singular and plural', () => {
    expect(duration(60_000, 'long')).toBe('1 minute');
    expect(duration(3 * 60_000, 'long')).toBe('3 minutes');
    expect(duration(3_600_000 + 60_000, 'long')).toBe('1 hour 1 minute');
    expect(duration(1_000, 'long')).toBe('1 second');
  });
});
