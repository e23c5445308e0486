// How a date's parts are put in order (Intl gives the names: "Tuesday", "November").
// Each is a function of the parts so that a language can add its own words ("de").
import { forms } from '../plural-forms.js';

interface Parts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

export const dates = {
  /** "Tuesday 24 November 2026". */
  long: (d: Parts) => `${d.weekday} ${d.day} ${d.month} ${d.year}`,
  /** "Tue 24 Nov 2026". */
  short: (d: Parts) => `${d.weekday} ${d.day} ${d.month} ${d.year}`,
  /** "Tuesday 24 November", "Tue 24 Nov". */
  weekdayDayMonth: (d: Parts) => `${d.weekday} ${d.day} ${d.month}`,
  /** "24 Nov". */
  dayMonth: (d: Parts) => `${d.day} ${d.month}`,
  /** "24 Nov 2026". */
  dayMonthYear: (d: Parts) => `${d.day} ${d.month} ${d.year}`,
  /** "Wed 25 Nov 2026, 21:00", "Tue 24 Nov, 18:05". */
  dayAndTime: (day: string, time: string) => `${day}, ${time}`,
  /** A length of time's units, as plural forms (`#` is the number): "12 min". */
  units: {
    hour: forms({ other: '# h' }),
    minute: forms({ other: '# min' }),
    second: forms({ other: '# s' }),
  },
  /** The same, spelt out: "12 minutes". */
  unitsLong: {
    hour: forms({ one: '# hour', other: '# hours' }),
    minute: forms({ one: '# minute', other: '# minutes' }),
    second: forms({ one: '# second', other: '# seconds' }),
  },
  /** "1 h 30 min". */
  durationParts: (parts: string[]) => parts.join(' '),
};
