// Dates, durations, counts and lists in the current language, through `Intl`. Formatters are
// made on first need and kept: making one costs far more than using it (an export of months of
// notes formats thousands of dates).
import { locale } from './language.js';
import { words } from './index.js';
import type { PluralForms } from './plural-forms.js';

/** A calendar day and time as the couple lived it (see notes/dates.ts for how one is read). */
export interface CalendarTime {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const cache = new Map<string, unknown>();

function made<T>(key: string, make: () => T): T {
  const full = `${locale()}|${key}`;
  let value = cache.get(full) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(full, value);
  }
  return value;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return made(`date:${JSON.stringify(options)}`, () => {
    return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', ...options });
  });
}

// The wall clock is formatted as written, whatever this machine's zone: it is put in UTC and
// formatted in UTC.
const asUtc = (t: Pick<CalendarTime, 'year' | 'month' | 'day'> & Partial<CalendarTime>) =>
  new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 0, t.minute ?? 0));

/** The names of a date's parts in the current language, for the catalogue to put in order. */
export interface DateParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

function partsOf(t: CalendarTime, style: 'long' | 'short'): DateParts {
  const format = dateFormat({ weekday: style, day: 'numeric', month: style, year: 'numeric' });
  const found: Record<string, string> = {};
  for (const part of format.formatToParts(asUtc(t))) found[part.type] = part.value;
  return {
    weekday: found.weekday ?? '',
    day: found.day ?? '',
    month: found.month ?? '',
    year: found.year ?? '',
  };
}

// Intl names the days and months; the catalogue sets their order and punctuation, so that
// English keeps "Tuesday 24 November 2026" where Intl's en-GB puts a comma after the day.

/** "Tuesday 24 November 2026" (es: "martes, 24 de noviembre de 2026"). */
export function longDate(t: CalendarTime): string {
  return words().dates.long(partsOf(t, 'long'));
}

/** "Tue 24 Nov 2026". */
export function shortDate(t: CalendarTime): string {
  return words().dates.short(partsOf(t, 'short'));
}

/** "Tuesday 24 November", a day this year or near it. */
export function weekdayDayMonth(t: CalendarTime): string {
  return words().dates.weekdayDayMonth(partsOf(t, 'long'));
}

/** "Tue 24 Nov", a day this year or near it. */
export function shortDayMonth(t: CalendarTime): string {
  return words().dates.weekdayDayMonth(partsOf(t, 'short'));
}

/** "24 Nov", or "24 Nov 2026" with the year. */
export function dayMonth(t: CalendarTime, withYear = false): string {
  const parts = partsOf(t, 'short');
  return withYear ? words().dates.dayMonthYear(parts) : words().dates.dayMonth(parts);
}

/** "18:05". */
export function timeOfDay(t: CalendarTime): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(asUtc(t));
}

/**
 * "Ana and Ben", "Ana, Ben and Cy" (es: "Ana y Ben"); `disjunction`: "Ana or Ben"; `unit`, a
 * list of amounts: "3 sessions, 1 check-in" (es: "3 sesiones y 1 registro").
 */
export function list(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
) {
  return made(`list:${type}`, () => new Intl.ListFormat(locale(), { style: 'long', type })).format(
    items,
  );
}

/** The plural category of a count in the current language ("one", "other", ...). */
export function pluralOf(count: number): Intl.LDMLPluralRule {
  return made('plural', () => new Intl.PluralRules(locale())).select(count);
}

/** Words for a count: `plural(3, { one: '# talk', other: '# talks' })` is "3 talks". */
export function plural(count: number, forms: PluralForms): string {
  const form = forms[pluralOf(count)] ?? forms.other;
  return form.replaceAll('#', number(count));
}

/** "1,234" (es: "1234", "12.345"). */
export function number(value: number): string {
  return made('number', () => new Intl.NumberFormat(locale())).format(value);
}

/**
 * A length of time in words: "3 min", "1 h 30 min", "2 min 5 s", "45 s" (`long`: "3 minutes").
 * Rounded to the second, and to two units (hours drop the seconds); zero is "0 s". The unit
 * words are the catalogue's (`words().dates.units`): Intl's English abbreviations ("mins",
 * "hrs") are not the ones talkturn's notes have always used. (`Intl.DurationFormat` is not in
 * Node 20.)
 */
export function duration(ms: number, display: 'short' | 'long' = 'short'): string {
  const units = display === 'long' ? words().dates.unitsLong : words().dates.units;
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h) parts.push(plural(h, units.hour));
  if (m) parts.push(plural(m, units.minute));
  if (s && !h) parts.push(plural(s, units.second));
  if (parts.length === 0) parts.push(plural(0, units.second));
  return words().dates.durationParts(parts);
}
