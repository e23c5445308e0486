// Agreements carried forward: each one a partner proposed at a session's closing, with who and
// when. An agreement is open until a later review retires it. The review itself (at the start
// of a session) is still to come; its results are applied here, so the history and the export
// show them as soon as there are any.
import type { Note, NoteWhen, SessionNote } from './read-notes.js';

/** How an agreement fared, as the couple said at a review. */
export type ReviewStatus = 'helping' | 'needs-change' | 'retired';

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

export function isOpen(agreement: Agreement): boolean {
  return agreement.status !== 'retired';
}
