// Lengths of time: as people type them ("90s", "3m", "1m30s", "1h"; shared by flags and decks),
// on a countdown face, and in the notes' own words ("4 min 10 s"). Pure.
import { duration } from '../words/format.js';

const PART = /(\d+)\s*(h|m|s)/gy;
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** Parses "90s", "3m", "1m30s" or "1h15m" into milliseconds; null when it cannot be read. */
export function parseDuration(input: string): number | null {
  const text = input.trim().toLowerCase();
  if (text === '') return null;
  PART.lastIndex = 0;
  let total = 0;
  let end = 0;
  for (let match = PART.exec(text); match; match = PART.exec(text)) {
    total += Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
    end = PART.lastIndex;
  }
  return end === text.length ? total : null;
}

/** "3m", "1m30s", "45s": the short form used in flags and on screen. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (hours) parts.push(`${hours}h`);
  if (minutes) parts.push(`${minutes}m`);
  if (seconds || parts.length === 0) parts.push(`${seconds}s`);
  return parts.join('');
}

/** "2:05" or "1:02:05": a countdown face. Negative values show as overtime by the caller. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** "4 min 10 s", "45 s", "1 h 5 min": durations as a person reads them, in the current
 * language (the one formatter of lengths in words, words/format.ts). */
export function humanDuration(ms: number): string {
  return duration(ms);
}
