// The list of past sessions and check-ins, newest first: when, which deck, how long, and
// whether it reached the end. Plain facts, nothing to live up to.
import { shortDate, timeOfDay } from '../notes/dates.js';
import type { Note } from '../notes/read-notes.js';
import { wrap } from '../text/wrap.js';
import { fit } from '../text/fit.js';
import { inertLine as terminalLine } from '../text/inert.js';
import { width as stringWidth } from '../text/width.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';
import { duration, list, plural } from '../words/format.js';

/** More than this and the rest is summed up in one line: the export has them all. */
export const LIST_LIMIT = 20;
// The widest day and time in English, "Wed 25 Nov 2026, 21:00"; longer ones push the text on.
const DATE_WIDTH = 22;
/** Below this, each entry takes two lines: the date, then the rest. */
const NARROW = 60;

function names(partners: readonly string[]): string {
  return list(partners.map(terminalLine).filter(Boolean));
}

function describe(note: Note): { title: string; details: string } {
  const said = words().history;
  if (note.kind === 'checkin') return { title: said.checkin, details: names(note.front.partners) };
  const { front } = note;
  const title =
    terminalLine(front.deckTitle) || terminalLine(front.deck) || words().common.untitledTalk;
  const spent = duration(front.durationSeconds * 1000);
  const length = front.partners.length === 1 ? said.ofWriting(spent) : spent;
  return { title, details: `${length} · ${front.completed ? said.finished : said.stoppedPartway}` };
}

function entryLines(note: Note, columns: number): string[] {
  const when = words().dates.dayAndTime(shortDate(note.when.wall), timeOfDay(note.when.wall));
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
    const said = words().history;
    const which = plural(rest, said.earlierOnes);
    lines.push(
      '',
      ...wrap(said.earlierNotes(which, talkturnCommand('export')), columns - 2).map(
        (l) => `  ${l}`,
      ),
    );
  }
  return lines;
}
