// What the flow's state becomes on disk: the Checkin the notes writer takes.
import type { Checkin, CheckinAnswers, CheckinQuestion } from '../../notes/index.js';
import type { Partner } from '../../session/index.js';
import { QUESTIONS, wasReached, type CheckinDraft, type CheckinFlowState } from './checkin-flow.js';

/** Anything typed or chosen for either partner: words that must not be lost on the way out. */
export function hasAnswers(state: CheckinFlowState): boolean {
  return state.drafts.some(
    (draft) =>
      draft.safeAndClose !== undefined ||
      [draft.appreciated, draft.stirred, draft.need].some((text) => text.trim() !== ''),
  );
}

/** Typed words not yet on disk: the check-in is not saved, and something was answered. */
export function hasUnsavedAnswers(state: CheckinFlowState): boolean {
  return state.step.screen !== 'saved' && hasAnswers(state);
}

export function toCheckin(state: CheckinFlowState, finished: boolean): Checkin {
  return {
    partners: [state.names[0] ?? 'Partner 1', state.names[1] ?? 'Partner 2'],
    dateIso: state.dateIso,
    answers: state.drafts.map((draft, i) => answersOf(state, i as Partner, draft)),
    ...(finished ? {} : { completed: false }),
  };
}

/**
 * One partner's answers. A question nobody reached, and a number nobody chose (N is how a
 * person says "rather not say"), are marked not reached: the note never answers for them.
 */
function answersOf(state: CheckinFlowState, partner: Partner, draft: CheckinDraft): CheckinAnswers {
  const notReached: CheckinQuestion[] = [
    ...QUESTIONS.filter(
      (question) => draft[question].trim() === '' && !wasReached(state, partner, question),
    ),
    ...(draft.safeAndClose === undefined ? (['safeAndClose'] as const) : []),
  ];
  return {
    appreciated: draft.appreciated.trim(),
    stirred: draft.stirred.trim(),
    need: draft.need.trim(),
    safeAndClose: draft.safeAndClose ?? null,
    ...(notReached.length > 0 ? { notReached } : {}),
  };
}
