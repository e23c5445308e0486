// Dates, durations, counts and lists in the current language, through `Intl`. Formatters are
// made on first need and kept: making one costs far more than using it (an export of months of
// notes formats thousands of dates).
import { language, locale } from './language.js';

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

// English notes have always read "Tuesday 24 November 2026": Intl's en-GB puts a comma after
// the weekday ("Tuesday, 24 November 2026"), which English drops here. Other languages keep
// Intl's form whole.
const NO_WEEKDAY_COMMA: ReadonlySet<string> = new Set(['en']);

function withWeekday(format: Intl.DateTimeFormat, t: CalendarTime): string {
  const parts = format.formatToParts(asUtc(t));
  if (!NO_WEEKDAY_COMMA.has(language())) return parts.map((part) => part.value).join('');
  return parts
    .map((part, i) =>
      part.type === 'literal' && parts[i - 1]?.type === 'weekday'
        ? part.value.replace(',', '')
        : part.value,
    )
    .join('');
}

/** "Tuesday 24 November 2026" (es: "martes, 24 de noviembre de 2026"). */
export function longDate(t: CalendarTime): string {
  return withWeekday(
    dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    t,
  );
}

/** "Tue 24 Nov 2026". */
export function shortDate(t: CalendarTime): string {
  return withWeekday(
    dateFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
    t,
  );
}

/** "24 Nov", or "24 Nov 2026" with the year. */
export function dayMonth(t: CalendarTime, withYear = false): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (withYear) options.year = 'numeric';
  return dateFormat(options).format(asUtc(t));
}

/** "18:05". */
export function timeOfDay(t: CalendarTime): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(asUtc(t));
}

/** "Ana and Ben", "Ana, Ben and Cy" (es: "Ana y Ben"). */
export function list(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
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
export function plural(
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[pluralOf(count)] ?? forms.other;
  return form.replaceAll('#', number(count));
}

/** "1,234" (es: "1234", "12.345"). */
export function number(value: number): string {
  return made('number', () => new Intl.NumberFormat(locale())).format(value);
}

type Unit = 'hour' | 'minute' | 'second';

function unit(value: number, name: Unit, display: 'short' | 'long'): string {
  return made(
    `unit:${name}:${display}`,
    () => new Intl.NumberFormat(locale(), { style: 'unit', unit: name, unitDisplay: display }),
  ).format(value);
}

/**
 * A length of time in words: "3 min", "1 hr, 30 min", "45 sec" (`long`: "3 minutes").
 * Rounded to the second; zero is "0 sec". (`Intl.DurationFormat` is not in Node 20.)
 */
export function duration(ms: number, display: 'short' | 'long' = 'short'): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (hours) parts.push(unit(hours, 'hour', display));
  if (minutes) parts.push(unit(minutes, 'minute', display));
  if (seconds || parts.length === 0) parts.push(unit(seconds, 'second', display));
  return made(
    `durlist:${display}`,
    () =>
      new Intl.ListFormat(locale(), {
        style: display === 'long' ? 'long' : 'narrow',
        type: 'unit',
      }),
  ).format(parts);
}
