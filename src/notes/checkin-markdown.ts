// A daily check-in as a note in the same folder as the sessions: front matter with
// `kind: checkin` and each partner's own number for how safe and close they feel (1 to 10),
// then each partner's part under their name, every typed text in its own quote.
import { findMarkers, marker, quoteAt } from './body-markers.js';
import { localStamp } from './filename.js';
import { longDate, timeOfDay, wallClock } from './dates.js';
import { escapeInline, oneLine, quoteBlock } from './markdown-escape.js';
import { bodyOf, frontMatterBlock, num, quoted, str, talkturnFields } from './yaml-fields.js';
import { words } from '../words/index.js';

export interface CheckinAnswers {
  /** How safe and close this partner feels today, 1 to 10; null when they would rather not say. */
  safeAndClose: number | null;
  /** Something appreciated today. */
  appreciated: string;
  /** Anything that stirred up the hurt. */
  stirred: string;
  /** One thing they need. */
  need: string;
  /**
   * What nobody reached before the check-in was stopped: not answered, and never written as an
   * answer (a number not reached is not "rather not say"). Absent when everything was reached.
   */
  notReached?: readonly CheckinQuestion[];
}

/** One of a partner's four questions. */
export type CheckinQuestion = keyof Omit<CheckinAnswers, 'notReached'>;

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
  /**
   * Partners (1 or 2) whose number nobody reached: the check-in stopped before they gave one.
   * Their `safeAndClose` is null, and it is not their "rather not say". Present only when any.
   */
  notReached?: number[];
}

/** Check-ins keep format 1: their body only gained markers, which older readers skip. */
export const CHECKIN_FORMAT_VERSION = 1;

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
  return checkin.partners.map((name, i) => oneLine(name) || words().checkinNote.partner(i + 1));
}

export function checkinFrontMatterData(checkin: Checkin): CheckinFrontMatter {
  return {
    talkturn: CHECKIN_FORMAT_VERSION,
    kind: 'checkin',
    date: checkin.dateIso,
    partners: checkin.partners.map(oneLine),
    safeAndClose: checkin.partners.map((_, i) =>
      checkinNumber(checkin.answers[i]?.safeAndClose ?? null),
    ),
    ...(checkin.completed === false ? { completed: false as const } : {}),
    ...notReachedField(checkin),
  };
}

function notReachedField(checkin: Checkin): { notReached?: number[] } {
  const who = checkin.partners.flatMap((_, i) =>
    reached(checkin.answers[i], 'safeAndClose') ? [] : [i + 1],
  );
  return who.length > 0 ? { notReached: who } : {};
}

const reached = (answers: CheckinAnswers | undefined, question: CheckinQuestion) =>
  !(answers?.notReached ?? []).includes(question);

export type TextField = Exclude<CheckinQuestion, 'safeAndClose'>;

const SECTIONS: readonly TextField[] = ['appreciated', 'stirred', 'need'];

/**
 * The check-in's note: each partner's part under their own name, their number with their own
 * answers, so the two numbers are never set side by side as a comparison. Numbers that are not
 * whole numbers from 1 to 10 are saved as not given (the screen asks for 1 to 10; saving never
 * fails over a number).
 */
export function renderCheckinMarkdown(checkin: Checkin): string {
  const said = words().checkinNote;
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
      ...(data.notReached ? { not_reached: data.notReached } : {}),
    }),
  ];
  const clock = wallClock(checkin.dateIso);
  blocks.push(`# ${said.heading}${clock ? said.when(longDate(clock), timeOfDay(clock)) : ''}`);
  if (data.completed === false) blocks.push(said.stopped);

  people.forEach((name, i) => {
    if (!solo) blocks.push(`## ${name}`);
    const answers = checkin.answers[i];
    if (!SECTIONS.some((field) => reached(answers, field))) {
      // Nobody asked this partner anything: one plain line, and nothing said for them.
      blocks.push(said.stoppedBeforeTurn);
      return;
    }
    const n = data.safeAndClose[i];
    if (!reached(answers, 'safeAndClose')) blocks.push(said.numberNotReached);
    else blocks.push(n === null || n === undefined ? said.ratherNotSay : said.number(n));
    for (const field of SECTIONS) {
      if (!reached(answers, field)) {
        blocks.push(said[field], said.notReached);
        continue;
      }
      const text = quoteBlock(checkin.answers[i]?.[field] ?? '') || words().notes.nothingWritten;
      // The marker lets the brief read the text back, in whatever language the note is in.
      blocks.push(said[field], `${marker(field, { by: i + 1 })}\n${text}`);
    }
  });
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
    ...notReachedRead(fields.not_reached, partners.length),
  };
}

function notReachedRead(value: unknown, partners: number): { notReached?: number[] } {
  const who = (Array.isArray(value) ? value : []).filter(
    (n): n is number => Number.isInteger(n) && n >= 1 && n <= partners,
  );
  return who.length > 0 ? { notReached: [...new Set(who)] } : {};
}

/** What each partner wrote in a check-in, read from its body (none for one saved before markers). */
export function readCheckinTexts(
  markdown: string,
  partners: readonly string[],
): { by: string; field: TextField; text: string }[] {
  const lines = bodyOf(markdown).replace(/\r\n?/g, '\n').split('\n');
  return findMarkers(lines).flatMap((found) => {
    const field = SECTIONS.find((s) => s === found.kind);
    const n = Number(found.fields.by);
    const text = field ? quoteAt(lines, found.line + 1) : '';
    if (!field || !text || !(n >= 1)) return [];
    return [{ by: partners[n - 1] || words().checkinNote.partner(n), field, text }];
  });
}
