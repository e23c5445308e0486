// Agreements carried forward: each one a partner proposed at a session's closing, with who and
// when. An agreement is open until a later review retires it. The review itself (at the start
// of a session) is still to come; its results are applied here, so the history and the export
// show them as soon as there are any.
import type { CarriedAgreement } from '../session/types.js';
import type { Note, NoteWhen, SessionNote } from './read-notes.js';
import { nameKey } from '../text/names.js';

/** How an agreement fared, as the couple said at a review (`later`: looked at, left for now). */
export type ReviewStatus = import('./session-details.js').ReviewNoteStatus;

export type AgreementStatus = 'open' | ReviewStatus;

export interface AgreementReview {
  /** `AgreementNote.id` of the agreement reviewed. */
  agreementId: string;
  status: ReviewStatus;
  /** When it was reviewed (the reviewing session's date). */
  when: NoteWhen;
}

export interface Agreement {
  id: string;
  text: string;
  /** Who proposed it. */
  by: string;
  /** The session it was made in. */
  session: SessionNote;
  /** Open until a review says otherwise. */
  status: AgreementStatus;
  /** The latest review, if any. */
  review: AgreementReview | null;
}

/** Every agreement in the notes, newest session first; within a session, in partner order. */
export function collectAgreements(notes: readonly Note[]): Agreement[] {
  const sessions = notes
    .filter((note): note is SessionNote => note.kind === 'session')
    .sort((a, b) => b.when.instant - a.when.instant);
  return sessions.flatMap((session) =>
    (session.front.details?.agreements ?? []).map((agreement) => ({
      id: agreement.id,
      text: agreement.text,
      by: agreement.by,
      session,
      status: 'open' as const,
      review: null,
    })),
  );
}

/** The agreements with their latest review applied (reviews of other agreements are ignored). */
export function applyReviews(
  agreements: readonly Agreement[],
  reviews: readonly AgreementReview[],
): Agreement[] {
  const latest = new Map<string, AgreementReview>();
  for (const review of reviews) {
    const seen = latest.get(review.agreementId);
    if (!seen || review.when.instant >= seen.when.instant) latest.set(review.agreementId, review);
  }
  return agreements.map((agreement) => {
    const review = latest.get(agreement.id);
    return review ? { ...agreement, status: review.status, review } : agreement;
  });
}

/** Every review said at the start of a session, with that session's date. */
export function collectReviews(notes: readonly Note[]): AgreementReview[] {
  return notes.flatMap((note) =>
    note.kind === 'session'
      ? (note.front.details?.reviews ?? []).map((review) => ({
          agreementId: review.id,
          status: review.status,
          when: note.when,
        }))
      : [],
  );
}

export function isOpen(agreement: Agreement): boolean {
  return agreement.status !== 'retired';
}

/** At most this many earlier agreements are brought back at the start of a session. */
export const AGREEMENTS_TO_REVIEW = 5;

/**
 * The agreements to look at again at the start of a session with these two partners: still open,
 * made by the same couple (names in either order), newest first.
 */
export function agreementsToReview(
  notes: readonly Note[],
  names: readonly string[],
): CarriedAgreement[] {
  const couple = new Set(names.map(nameKey));
  const sameCouple = (partners: readonly string[]) =>
    partners.length === couple.size && partners.every((p) => couple.has(nameKey(p)));
  return applyReviews(collectAgreements(notes), collectReviews(notes))
    .filter((agreement) => isOpen(agreement) && sameCouple(agreement.session.front.partners))
    .slice(0, AGREEMENTS_TO_REVIEW)
    .map((agreement) => ({
      id: agreement.id,
      text: agreement.text,
      by: agreement.by,
      madeIso: agreement.session.front.date,
    }));
}
