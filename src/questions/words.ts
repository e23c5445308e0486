// The ledger's words put together from the catalogue (`words().questions`): days, counts and
// the line about a question, the same on screen and in the export.
import { dayMonth, wallClock } from '../notes/dates.js';
import { words } from '../words/index.js';
import { plural } from '../words/format.js';
import type { MomentHelped, Question, TalkMark } from './types.js';

export function markChoices(): { label: string; value: TalkMark }[] {
  const marks = words().questions.marks;
  return [
    { label: marks.answered, value: 'answered' },
    { label: marks.open, value: 'open' },
    { label: marks.therapist, value: 'therapist' },
  ];
}

export function helpedChoices(): { label: string; value: MomentHelped }[] {
  const helped = words().questions.helpedChoices;
  return [
    { label: helped.yes, value: 'yes' },
    { label: helped['a-little'], value: 'a-little' },
    { label: helped['not-yet'], value: 'not-yet' },
  ];
}

/** `23 Nov`, from an ISO time as it was written (its own wall clock). */
export function dayOf(iso: string): string {
  const clock = wallClock(iso);
  return clock ? dayMonth(clock) : iso.slice(0, 10);
}

export function talksWords(count: number): string {
  const said = words().questions;
  return count === 0 ? said.notBrought : plural(count, said.broughtTo);
}

/** One line about a question: who asked it, when, and how often it came to a talk. */
export function aboutQuestion(question: Question): string {
  return words().questions.about(
    question.by,
    dayOf(question.askedAt),
    talksWords(question.talks.length),
  );
}
