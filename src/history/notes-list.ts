// The list of past sessions and check-ins, newest first: when, which deck, how long, and
// whether it reached the end. Plain facts, nothing to live up to.
import { humanDuration } from '../session/duration.js';
import { shortDate, timeOfDay } from '../notes/dates.js';
import type { Note } from '../notes/read-notes.js';
import { wrap } from '../text/wrap.js';
import { fit } from '../text/fit.js';
import { inertLine as terminalLine } from '../text/inert.js';
import { width as stringWidth } from '../text/width.js';
import { talkturnCommand } from '../invocation.js';

/** More than this and the rest is summed up in one line: the export has them all. */
export const LIST_LIMIT = 20;
const DATE_WIDTH = 'Wed 25 Nov 2026, 21:00'.length;
/** Below this, each entry takes two lines: the date, then the rest. */
const NARROW = 60;

function names(partners: readonly string[]): string {
  return partners.map(terminalLine).filter(Boolean).join(' and ');
}

function describe(note: Note): { title: string; details: string } {
  if (note.kind === 'checkin') return { title: 'Check-in', details: names(note.front.partners) };
  const { front } = note;
  const title = terminalLine(front.deckTitle) || terminalLine(front.deck) || 'A conversation';
  const solo = front.partners.length === 1;
  const length = `${humanDuration(front.durationSeconds * 1000)}${solo ? ' of writing' : ''}`;
  return { title, details: `${length} · ${front.completed ? 'finished' : 'stopped partway'}` };
}

function entryLines(note: Note, columns: number): string[] {
  const when = `${shortDate(note.when.wall)}, ${timeOfDay(note.when.wall)}`;
  const { title, details } = describe(note);
  const text = details ? `${title} · ${details}` : title;
  if (columns < NARROW) {
    return [`  ${when}`, ...wrap(text, columns - 4).map((line) => `    ${line}`)];
  }
  const lead = `  ${when.padEnd(DATE_WIDTH)}  `;
  const room = columns - stringWidth(lead);
  if (stringWidth(text) <= room) return [lead + text];
  const under = ' '.repeat(stringWidth(lead));
  return [lead + fit(title, room), ...wrap(details, room).map((line) => under + line)];
}

export function notesList(notes: readonly Note[], columns: number): string[] {
  const lines = notes.slice(0, LIST_LIMIT).flatMap((note) => entryLines(note, columns));
  const rest = notes.length - LIST_LIMIT;
  if (rest > 0) {
    const which = rest === 1 ? '1 earlier one is' : `${rest} earlier ones are`;
    lines.push(
      '',
      ...wrap(
        `${which} in your notes too; ${talkturnCommand('export')} gathers them all.`,
        columns - 2,
      ).map((l) => `  ${l}`),
    );
  }
  return lines;
}
