// `--since` and `--until`: local dates, both days included. Anything else is a usage error
// that says the one form to use.
import { UsageError } from '../errors.js';
import { isCalendarDate } from '../notes/dates.js';
import { printableName } from '../notes/read-notes.js';
import { words } from '../words/index.js';

export interface DateRange {
  /** `YYYY-MM-DD`, included; null for no lower bound. */
  since: string | null;
  /** `YYYY-MM-DD`, included; null for no upper bound. */
  until: string | null;
}

function parseDay(flag: '--since' | '--until', value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.trim();
  const shown = printableName(value);
  const w = words().export;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    throw new UsageError(w.notADate(flag, shown, w.dateForm));
  }
  const [, year = 0, month = 0, day = 0] = match.map(Number);
  if (!isCalendarDate(year, month, day)) {
    throw new UsageError(w.notADay(flag, shown, w.dateForm));
  }
  return text;
}

/** Throws a UsageError (exit 2) for a date that cannot be read, or a range that ends before it starts. */
export function parseDateRange(since: string | undefined, until: string | undefined): DateRange {
  const range = { since: parseDay('--since', since), until: parseDay('--until', until) };
  if (range.since && range.until && range.since > range.until) {
    throw new UsageError(words().export.backwards(range.since, range.until));
  }
  return range;
}

/** True when the local date `date` (`YYYY-MM-DD`) is inside the range, both ends included. */
export function inRange(date: string, range: DateRange): boolean {
  return (
    (range.since === null || date >= range.since) && (range.until === null || date <= range.until)
  );
}
