// Pieces both exports share: who, when, and the span of the notes gathered.
import { longDate, timeOfDay } from '../notes/dates.js';
import { escapeInline } from '../notes/markdown-escape.js';
import type { Note } from '../notes/read-notes.js';
import { nameKey } from '../text/names.js';
import { words } from '../words/index.js';

/** `Ana and Ben`, from the partners of the notes, newest first, each name once. */
export function coupleNames(notes: readonly Note[]): string {
  const seen = new Map<string, string>();
  for (const note of [...notes].reverse()) {
    for (const name of note.front.partners) {
      const key = nameKey(name);
      if (key && !seen.has(key)) seen.set(key, escapeInline(name));
    }
  }
  return words().export.and([...seen.values()]);
}

/** `Tuesday 24 November 2026 at 18:05`. */
export function whenLine(note: Note): string {
  return words().export.when(longDate(note.when.wall), timeOfDay(note.when.wall));
}

/** `on Tuesday 24 November 2026`, or `from … to …` when the notes span several days. */
export function spanOf(oldestFirst: readonly Note[]): string {
  const first = oldestFirst[0];
  const last = oldestFirst.at(-1);
  if (!first || !last) return '';
  const w = words().export;
  if (first.when.date === last.when.date) return w.onDay(longDate(first.when.wall));
  return w.fromTo(longDate(first.when.wall), longDate(last.when.wall));
}

/** `3 conversations and 2 check-ins`. */
export function whatIsGathered(oldestFirst: readonly Note[]): string {
  const sessions = oldestFirst.filter((n) => n.kind === 'session').length;
  const checkins = oldestFirst.length - sessions;
  const w = words().export;
  const parts = [];
  if (sessions) parts.push(w.conversations(sessions));
  if (checkins) parts.push(w.checkins(checkins));
  return w.and(parts);
}
