// A daily check-in as a note in the same folder as the sessions: front matter with
// `kind: checkin` and each partner's own number for how safe and close they feel (1 to 10),
// then what each wrote, every typed text in its own quote.
import { localStamp } from './filename.js';
import { longDate, timeOfDay, wallClock } from './dates.js';
import { escapeInline, oneLine, quoteBlock } from './markdown-escape.js';
import { NOTES_FORMAT_VERSION } from './front-matter.js';
import { frontMatterBlock, num, quoted, str, talkturnFields } from './yaml-fields.js';

export interface CheckinAnswers {
  /** How safe and close this partner feels today, 1 to 10; null when they would rather not say. */
  safeAndClose: number | null;
  /** Something appreciated today. */
  appreciated: string;
  /** Anything that stirred up the hurt. */
  stirred: string;
  /** One thing they need. */
  need: string;
}

export interface Checkin {
  partners: [string] | [string, string];
  /** When it happened: ISO 8601 with the offset of where it happened (like a session's start). */
  dateIso: string;
  /** One per partner, in the order of `partners`. */
  answers: CheckinAnswers[];
  /** False when it was stopped part way (Ctrl+C, the terminal closed) and saved as typed. */
  completed?: boolean;
}

export interface CheckinFrontMatter {
  talkturn: number;
  kind: 'checkin';
  date: string;
  partners: string[];
  /** One per partner, in the order of `partners`: 1 to 10, or null when not given. */
  safeAndClose: (number | null)[];
  /** Present, and false, only for a check-in stopped part way. */
  completed?: false;
}

export const CHECKIN_MIN = 1;
export const CHECKIN_MAX = 10;

/** A whole number from 1 to 10, or null: anything else is not a check-in number. */
export function checkinNumber(value: unknown): number | null {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= CHECKIN_MIN &&
    value <= CHECKIN_MAX
    ? value
    : null;
}

function names(checkin: Checkin): string[] {
  return checkin.partners.map((name, i) => oneLine(name) || `Partner ${i + 1}`);
}

export function checkinFrontMatterData(checkin: Checkin): CheckinFrontMatter {
  return {
    talkturn: NOTES_FORMAT_VERSION,
    kind: 'checkin',
    date: checkin.dateIso,
    partners: checkin.partners.map(oneLine),
    safeAndClose: checkin.partners.map((_, i) =>
      checkinNumber(checkin.answers[i]?.safeAndClose ?? null),
    ),
    ...(checkin.completed === false ? { completed: false as const } : {}),
  };
}

type TextField = Exclude<keyof CheckinAnswers, 'safeAndClose'>;

const SECTIONS: { field: TextField; both: string; one: string }[] = [
  {
    field: 'appreciated',
    both: 'Something we appreciated today',
    one: 'Something I appreciated today',
  },
  {
    field: 'stirred',
    both: 'Anything that stirred up the hurt',
    one: 'Anything that stirred up the hurt',
  },
  { field: 'need', both: 'One thing each of us needs', one: 'One thing I need' },
];

/**
 * The check-in's note. Numbers that are not whole numbers from 1 to 10 are saved as not
 * given (the screen asks for 1 to 10; saving never fails over a number).
 */
export function renderCheckinMarkdown(checkin: Checkin): string {
  const data = checkinFrontMatterData(checkin);
  const people = names(checkin).map(escapeInline);
  const solo = people.length < 2;
  const blocks: string[] = [
    frontMatterBlock({
      talkturn: data.talkturn,
      kind: data.kind,
      date: data.date,
      partners: data.partners.map(quoted),
      safe_and_close: data.safeAndClose,
      ...(data.completed === false ? { completed: false } : {}),
    }),
  ];
  const clock = wallClock(checkin.dateIso);
  blocks.push(`# Check-in${clock ? `, ${longDate(clock)} at ${timeOfDay(clock)}` : ''}`);
  if (data.completed === false) {
    blocks.push(
      '*This check-in was stopped part of the way through; what was typed is kept here.*',
    );
  }

  const numbers = people.map((name, i) => {
    const n = data.safeAndClose[i];
    return n === null || n === undefined ? `${name} would rather not say` : `${name} ${n}`;
  });
  blocks.push(
    `How safe and close ${solo ? 'I feel' : 'each of us feels'} today, from 1 to 10: ${numbers.join(', ')}.`,
  );

  for (const section of SECTIONS) {
    blocks.push(`## ${solo ? section.one : section.both}`);
    people.forEach((name, i) => {
      const text = quoteBlock(checkin.answers[i]?.[section.field] ?? '') || '*Nothing written.*';
      if (solo) blocks.push(text);
      else blocks.push(`**${name}:**`, text);
    });
  }
  return `${blocks.join('\n\n')}\n`;
}

/** `YYYY-MM-DD-HHMM-checkin`: the file name without `.md`. */
export function checkinFileStem(checkin: Pick<Checkin, 'dateIso'>): string {
  return `${localStamp(checkin.dateIso)}-checkin`;
}

/** The front matter of a check-in note, or null when the text is not one. Never throws. */
export function parseCheckinFrontMatter(
  markdown: string,
  /** The fields, when the caller has read them already. */
  fields = talkturnFields(markdown),
): CheckinFrontMatter | null {
  if (!fields || fields.kind !== 'checkin') return null;
  const partners = Array.isArray(fields.partners)
    ? fields.partners.map((p) => str(p, String(p)))
    : [];
  const numbers = Array.isArray(fields.safe_and_close) ? fields.safe_and_close : [];
  return {
    talkturn: num(fields.talkturn),
    kind: 'checkin',
    date: str(fields.date),
    partners,
    safeAndClose: partners.map((_, i) => checkinNumber(numbers[i])),
    ...(fields.completed === false ? { completed: false as const } : {}),
  };
}
