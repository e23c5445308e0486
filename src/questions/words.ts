// The ledger's words on screen: plain and warm, the same every time (nothing guessed from words).
import { dayMonth, wallClock } from '../notes/dates.js';
import type { MomentHelped, Question, QuestionStatus, TalkMark } from './types.js';

export const QUESTIONS_TITLE = 'Your questions';

export const ASKING_AGAIN = 'Asking again is part of healing.';

/** Always shown while a question is written. From the hard-questions deck. */
export const WRITING_NOTE =
  'Questions about what something meant tend to help more than questions about details. ' +
  'Graphic sexual detail is best left out: those pictures tend to keep hurting.';

export const STATUS_WORDS: Record<QuestionStatus, string> = {
  open: 'still open',
  answered: 'answered for now',
  'asked-again': 'asked again',
  therapist: 'kept for the therapist',
};

export const MARK_CHOICES: { label: string; value: TalkMark }[] = [
  { label: 'Answered for now', value: 'answered' },
  { label: 'Still open', value: 'open' },
  { label: 'For the therapist', value: 'therapist' },
];

export const HELPED_CHOICES: { label: string; value: MomentHelped }[] = [
  { label: 'Yes, it helped', value: 'yes' },
  { label: 'A little', value: 'a-little' },
  { label: 'Not yet', value: 'not-yet' },
];

export const HELPED_WORDS: Record<MomentHelped, string> = {
  yes: 'it helped',
  'a-little': 'it helped a little',
  'not-yet': 'not yet',
};

/** `23 Nov`, from an ISO time as it was written (its own wall clock). */
export function dayOf(iso: string): string {
  const clock = wallClock(iso);
  return clock ? dayMonth(clock) : iso.slice(0, 10);
}

export function talksWords(count: number): string {
  if (count === 0) return 'not brought to a talk yet';
  return count === 1 ? 'brought to 1 talk' : `brought to ${count} talks`;
}

/** One line about a question: who asked it, when, and how often it came to a talk. */
export function aboutQuestion(question: Question): string {
  return `${question.by} asked on ${dayOf(question.askedAt)} · ${talksWords(question.talks.length)}`;
}
