// Cómo se ordenan las partes de una fecha (Intl da los nombres: "martes", "noviembre").
import type { Catalogue } from '../index.js';

interface Parts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

export const dates: Catalogue['dates'] = {
  /** "martes, 24 de noviembre de 2026". */
  long: (d: Parts) => `${d.weekday}, ${d.day} de ${d.month} de ${d.year}`,
  /** "mar 24 nov 2026". */
  short: (d: Parts) => `${d.weekday} ${d.day} ${d.month} ${d.year}`,
  /** "mar 24 nov". */
  weekdayDayMonth: (d: Parts) => `${d.weekday} ${d.day} ${d.month}`,
  /** "24 nov". */
  dayMonth: (d: Parts) => `${d.day} ${d.month}`,
  /** "24 nov 2026". */
  dayMonthYear: (d: Parts) => `${d.day} ${d.month} ${d.year}`,
  /** "mar 24 nov 2026, 18:05". */
  dayAndTime: (day: string, time: string) => `${day}, ${time}`,
  units: {
    hour: { other: '# h' },
    minute: { other: '# min' },
    second: { other: '# s' },
  },
  unitsLong: {
    hour: { one: '# hora', other: '# horas' },
    minute: { one: '# minuto', other: '# minutos' },
    second: { one: '# segundo', other: '# segundos' },
  },
  /** "1 h 30 min". */
  durationParts: (parts: string[]) => parts.join(' '),
};
