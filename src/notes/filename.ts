// Session note names: `YYYY-MM-DD-HHMM-<deck>.md`, from the session's start in local time.
import type { SessionConfig } from '../session/types.js';
import { MAX_DECK_ID_CHARS } from '../session/limits.js';

/** A deck id made safe for a file name on any system: lowercase a-z, 0-9, dots and dashes. */
export function sanitizeDeckId(id: string): string {
  const safe = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_DECK_ID_CHARS)
    .replace(/[-.]+$/, '');
  return safe || 'session';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `YYYY-MM-DD-HHMM` of an ISO 8601 time. With an explicit offset the digits are the wall
 * clock where the session happened, and are taken as written; a UTC (`Z`) or offset-less
 * time is shown in this machine's time zone.
 */
export function localStamp(iso: string, fallback: Date = new Date()): string {
  const written =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/.exec(
      iso.trim(),
    );
  if (written) {
    const [, y, mo, d, h, mi] = written;
    return `${y}-${mo}-${d}-${h}${mi}`;
  }
  const parsed = new Date(iso);
  const date = Number.isNaN(parsed.getTime()) ? fallback : parsed;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `-${pad(date.getHours())}${pad(date.getMinutes())}`
  );
}

/** The name without `.md` and suffix: `2026-11-24-1800-trust-basics`. */
export function sessionFileStem(config: Pick<SessionConfig, 'startedAtIso' | 'deck'>): string {
  return `${localStamp(config.startedAtIso)}-${sanitizeDeckId(config.deck.id)}`;
}

/**
 * The stem of an encrypted session's notes and journal: `2026-11-24-1800-session`. The deck is
 * left out: a deck's name (`safety-first`, `own-your-part`) says what the couple is working on.
 */
export function encryptedSessionStem(config: Pick<SessionConfig, 'startedAtIso'>): string {
  return `${localStamp(config.startedAtIso)}-session`;
}

/** The `attempt`-th candidate name: `stem.md`, then `stem-2.md`, `stem-3.md`… */
export function candidateName(stem: string, attempt: number): string {
  return attempt <= 1 ? `${stem}.md` : `${stem}-${attempt}.md`;
}
