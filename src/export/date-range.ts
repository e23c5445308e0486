// `--since` and `--until`: local dates, both days included. Anything else is a usage error
// that says the one form to use.
import { UsageError } from '../errors.js';
import { isCalendarDate } from '../notes/dates.js';
import { printableName } from '../notes/read-notes.js';

export interface DateRange {
  /** `YYYY-MM-DD`, included; null for no lower bound. */
  since: string | null;
  /** `YYYY-MM-DD`, included; null for no upper bound. */
  until: string | null;
}

const FORM = 'write it as YYYY-MM-DD, like 2026-11-24';

function parseDay(flag: '--since' | '--until', value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.trim();
  const shown = printableName(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    throw new UsageError(`${flag} "${shown}" is not a date talkturn can read: ${FORM}.`);
  }
  const [, year = 0, month = 0, day = 0] = match.map(Number);
  if (!isCalendarDate(year, month, day)) {
    throw new UsageError(`${flag} ${shown} is not a day on the calendar: ${FORM}.`);
  }
  return text;
}

/** Throws a UsageError (exit 2) for a date that cannot be read, or a range that ends before it starts. */
export function parseDateRange(since: string | undefined, until: string | undefined): DateRange {
  const range = { since: parseDay('--since', since), until: parseDay('--until', until) };
  if (range.since && range.until && range.since > range.until) {
    throw new UsageError(
      `--since ${range.since} is after --until ${range.until}: the first day has to come before the last (or be the same day).`,
    );
  }
  return range;
}

/** True when the local date `date` (`YYYY-MM-DD`) is inside the range, both ends included. */
export function inRange(date: string, range: DateRange): boolean {
  return (
    (range.since === null || date >= range.since) && (range.until === null || date <= range.until)
  );
}
