// Pieces both exports share: who, when, and the span of the notes gathered.
import { longDate, timeOfDay } from '../notes/dates.js';
import { escapeInline } from '../notes/markdown-escape.js';
import type { Note } from '../notes/read-notes.js';
import { nameKey } from '../text/names.js';

/** `Ana and Ben`, from the partners of the notes, newest first, each name once. */
export function coupleNames(notes: readonly Note[]): string {
  const seen = new Map<string, string>();
  for (const note of [...notes].reverse()) {
    for (const name of note.front.partners) {
      const key = nameKey(name);
      if (key && !seen.has(key)) seen.set(key, escapeInline(name));
    }
  }
  const names = [...seen.values()];
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** `Tuesday 24 November 2026 at 18:05`. */
export function whenLine(note: Note): string {
  return `${longDate(note.when.wall)} at ${timeOfDay(note.when.wall)}`;
}

/** `on Tuesday 24 November 2026`, or `from … to …` when the notes span several days. */
export function spanOf(oldestFirst: readonly Note[]): string {
  const first = oldestFirst[0];
  const last = oldestFirst.at(-1);
  if (!first || !last) return '';
  if (first.when.date === last.when.date) return `on ${longDate(first.when.wall)}`;
  return `from ${longDate(first.when.wall)} to ${longDate(last.when.wall)}`;
}

export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `3 conversations and 2 check-ins`. */
export function whatIsGathered(oldestFirst: readonly Note[]): string {
  const sessions = oldestFirst.filter((n) => n.kind === 'session').length;
  const checkins = oldestFirst.length - sessions;
  const parts = [];
  if (sessions) parts.push(counted(sessions, 'conversation', 'conversations'));
  if (checkins) parts.push(counted(checkins, 'check-in', 'check-ins'));
  return parts.join(' and ');
}
