// What the history and the export read back from a session: the agreements, the items for
// therapy and the appreciations with who wrote them, each reflection with the answer to "Did I
// get it?", and the pauses. Notes format 2 keeps them in the body only (read back by
// `session-body.ts`); format 1 also kept them in the front matter, read here by
// `parseSessionDetails`. Texts are as the body quotes them (normalized, blank runs as one).
import type {
  AgreementStatus,
  CheckAnswer,
  ClosingField,
  Partner,
  SessionState,
} from '../session/types.js';
import { asQuoted } from './body-markers.js';
import { oneLine } from './markdown-escape.js';
import { num, records, str } from './yaml-fields.js';

/** Something one partner wrote at the closing. */
export interface NoteText {
  /** The partner's name. */
  by: string;
  text: string;
}

export interface AgreementNote extends NoteText {
  /** Stable for the life of the note: `<session date>#<partner number>`. A review names it. */
  id: string;
}

export interface ReflectionNote {
  /** The prompt's number in the session, from 1 (its title is `promptTitles[prompt - 1]`). */
  prompt: number;
  /** The turn within the prompt, from 1: a new speaker on the floor. */
  turn: number;
  speaker: string;
  listener: string;
  text: string;
  /** The speaker's answer to "Did I get it?"; null when the session stopped before it. */
  answer: CheckAnswer | null;
  /** What the speaker said was missed ('' when nothing was written). */
  missing: string;
}

export interface PauseNote {
  /** Who called it; null when nobody said. */
  by: string | null;
  /** Session time when it was called, pauses excluded. */
  atSeconds: number;
  seconds: number;
  /** The step it was called in (a `StepKind`; '' when unknown). */
  during: string;
}

/**
 * How an earlier agreement was said to be going, at the start of this session: one of the
 * engine's answers, or `later` when the couple looked at it and left it for another time.
 */
export type ReviewNoteStatus = AgreementStatus | 'later';

/** How an earlier agreement was said to be going, at the start of this session. */
export interface ReviewNote {
  id: string;
  status: ReviewNoteStatus;
}

export interface SessionDetails {
  agreements: AgreementNote[];
  reviews: ReviewNote[];
  therapy: NoteText[];
  /** What each appreciated at the closing (format 2 on; none for older notes). */
  appreciations: NoteText[];
  promptTitles: string[];
  /** Numbers (from 1) of the prompts the couple skipped, named so in the export. */
  skippedPrompts: number[];
  /**
   * Solo writing: the numbers (from 1) of the prompts whose writing its writer chose to bring.
   * Everything else written alone stays out of history and every export.
   */
  broughtPrompts: number[];
  reflections: ReflectionNote[];
  pauseLog: PauseNote[];
  pausedSeconds: number;
}

const ANSWERS: readonly CheckAnswer[] = ['yes', 'partly', 'not-quite'];

export function agreementId(sessionDateIso: string, partner: Partner): string {
  return `${sessionDateIso}#${partner + 1}`;
}

function nameOf(state: SessionState, partner: Partner | null): string | null {
  if (partner === null) return null;
  return oneLine(state.config.partners[partner] ?? '') || `Partner ${partner + 1}`;
}

function closingTexts(state: SessionState, field: ClosingField) {
  return state.record.closing.flatMap((answers, i) => {
    const text = asQuoted(answers[field] ?? '');
    return text ? [{ partner: i as Partner, by: nameOf(state, i as Partner) ?? '', text }] : [];
  });
}

export function sessionDetails(state: SessionState): SessionDetails {
  const solo = state.config.partners.length < 2;
  const reflections: ReflectionNote[] = [];
  if (!solo) {
    for (const prompt of state.record.prompts) {
      prompt.turns.forEach((turn, t) => {
        const speaker = nameOf(state, turn.speaker) ?? '';
        const listener = nameOf(state, turn.speaker === 0 ? 1 : 0) ?? '';
        if (turn.offRecord) return;
        for (const exchange of turn.exchanges) {
          reflections.push({
            prompt: prompt.index + 1,
            turn: t + 1,
            speaker,
            listener,
            text: asQuoted(exchange.reflection),
            answer: exchange.answer ?? null,
            missing: asQuoted(exchange.missing ?? ''),
          });
        }
      });
    }
  }
  return {
    agreements: closingTexts(state, 'agreement').map(({ partner, by, text }) => ({
      id: agreementId(state.config.startedAtIso, partner),
      by,
      text,
    })),
    reviews: state.record.reviews.map((review) => ({
      id: review.agreementId,
      status: review.status ?? 'later',
    })),
    therapy: closingTexts(state, 'therapy').map(({ by, text }) => ({ by, text })),
    appreciations: closingTexts(state, 'appreciation').map(({ by, text }) => ({ by, text })),
    promptTitles: state.record.prompts.map((p) => oneLine(p.title)),
    skippedPrompts: state.record.prompts.filter((p) => p.skipped).map((p) => p.index + 1),
    broughtPrompts: state.record.prompts
      .filter((p) => p.turns.some((t) => t.writing !== undefined && t.bring === true))
      .map((p) => p.index + 1),
    reflections,
    pauseLog: state.record.pauses.map((pause) => ({
      by: nameOf(state, pause.by),
      atSeconds: Math.round(pause.atSessionMs / 1000),
      seconds: Math.round(pause.durationMs / 1000),
      during: pause.during,
    })),
    pausedSeconds: Math.round(state.record.pauses.reduce((sum, p) => sum + p.durationMs, 0) / 1000),
  };
}

const DETAIL_KEYS = [
  'agreements',
  'reviews',
  'therapy',
  'prompt_titles',
  'reflections',
  'pause_log',
];
const STATUSES: readonly ReviewNoteStatus[] = ['helping', 'needs-change', 'retired', 'later'];

/**
 * The details in a format 1 note's front matter; null for a note written before they were kept
 * (only its body has them, without markers), or after (format 2: the body is read instead). Entries without their text are dropped, never guessed.
 */
export function parseSessionDetails(fields: Record<string, unknown>): SessionDetails | null {
  if (!DETAIL_KEYS.some((key) => key in fields)) return null;
  const texts = (value: unknown) =>
    records(value)
      .filter((item) => typeof item.text === 'string')
      .map((item) => ({ by: str(item.by, String(item.by ?? '')), text: str(item.text) }));
  return {
    agreements: records(fields.agreements)
      .filter((item) => typeof item.text === 'string')
      .map((item) => ({ id: str(item.id), by: str(item.by), text: str(item.text) })),
    reviews: records(fields.reviews).flatMap((item) => {
      const status = STATUSES.find((s) => s === item.status);
      return typeof item.id === 'string' && status ? [{ id: item.id, status }] : [];
    }),
    therapy: texts(fields.therapy),
    appreciations: [],
    promptTitles: Array.isArray(fields.prompt_titles)
      ? fields.prompt_titles.map((t) => str(t, String(t)))
      : [],
    skippedPrompts: records(fields.skipped_prompts)
      .map((item) => num(item.prompt))
      .filter((n) => n > 0),
    broughtPrompts: records(fields.brought_prompts)
      .map((item) => num(item.prompt))
      .filter((n) => n > 0),
    reflections: records(fields.reflections)
      .filter((item) => typeof item.text === 'string')
      .map((item) => ({
        prompt: num(item.prompt),
        turn: num(item.turn),
        speaker: str(item.speaker),
        listener: str(item.listener),
        text: str(item.text),
        answer: ANSWERS.find((a) => a === item.answer) ?? null,
        missing: str(item.missing),
      })),
    pauseLog: records(fields.pause_log).map((item) => ({
      by: typeof item.by === 'string' ? item.by : null,
      atSeconds: num(item.at_seconds),
      seconds: num(item.seconds),
      during: str(item.during),
    })),
    pausedSeconds: num(fields.paused_seconds),
  };
}
