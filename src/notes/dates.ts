// Dates of notes as the couple lived them. A note's ISO time carries the offset of where it
// happened, and its wall clock is taken as written (as file names do); a UTC or offset-less
// time is shown in this machine's time zone.

export interface WallClock {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(clock: WallClock): WallClock | null {
  const { year, month, day, hour, minute } = clock;
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59) return null;
  return clock;
}

/** The wall clock of an ISO 8601 time, or null when it cannot be read. */
export function wallClock(iso: string): WallClock | null {
  const text = iso.trim();
  const written = WRITTEN.exec(text);
  if (written) {
    if (Number.isNaN(Date.parse(text))) return null;
    const [, year = 0, month = 0, day = 0, hour = 0, minute = 0] = written.map(Number);
    return checked({ year, month, day, hour, minute });
  }
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [, year = 0, month = 0, day = 0] = dateOnly.map(Number);
    return checked({ year, month, day, hour: 0, minute: 0 });
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  return {
    year: parsed.getFullYear(),
    month: parsed.getMonth() + 1,
    day: parsed.getDate(),
    hour: parsed.getHours(),
    minute: parsed.getMinutes(),
  };
}

/** The moment itself, for ordering notes written in different time zones. */
export function instantOf(iso: string, clock: WallClock): number {
  const parsed = Date.parse(iso.trim());
  if (!Number.isNaN(parsed) && !DATE_ONLY.test(iso.trim())) return parsed;
  return new Date(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute).getTime();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-24`: the local date, as `--since` and `--until` are written. */
export function isoDate(clock: WallClock): string {
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

// Dates and times in words come from the one place that formats them for the current language:
// "Tuesday 24 November 2026", "Tue 24 Nov 2026", "24 Nov", "18:05" in English.
export { dayMonth, longDate, shortDate, timeOfDay } from '../words/format.js';
