// The question ledger's data: questions kept between talks, and moments that hurt. Plain JSON.

/** Where a question stands. `asked-again` and `open` are both open: it comes back to a talk. */
export type QuestionStatus = 'open' | 'answered' | 'asked-again' | 'therapist';

/** How a question was marked at the end of its turn in a talk. */
export type TalkMark = 'answered' | 'open' | 'therapist';

/** Whether owning a moment helped, in the words of the one who wrote it. */
export type MomentHelped = 'yes' | 'a-little' | 'not-yet';

export interface StatusChange {
  status: QuestionStatus;
  /** Wall clock, ISO 8601 with offset. */
  at: string;
  /** The talk it was marked in (that session's start), when it was. */
  talk?: string;
}

export interface Question {
  id: string;
  text: string;
  /** The name of the partner who asked it. */
  by: string;
  askedAt: string;
  status: QuestionStatus;
  /** Every change, oldest first; the first is `open` at `askedAt`. */
  history: StatusChange[];
  /** The talks (their start, ISO) it was brought to. */
  talks: string[];
}

export interface Moment {
  id: string;
  /** The partner who wrote it: only they see it, unless they bring it. */
  by: string;
  writtenAt: string;
  /** When it happened, in the writer's words ("this morning, in the car"). */
  when: string;
  /** 1 to 10, or null: rather not say. */
  strength: number | null;
  trigger: string;
  helped: string;
  /** The writer chose to bring it to the next talk. */
  bring: boolean;
  /** Once owned in a talk: that talk, and whether it helped. */
  owned?: { talk: string; at: string; helped: MomentHelped };
}

export type LedgerRecord =
  | { t: 'ask'; id: string; text: string; by: string; at: string }
  | { t: 'status'; id: string; status: QuestionStatus; at: string; talk?: string }
  | { t: 'brought'; id: string; talk: string; at: string }
  | {
      t: 'moment';
      id: string;
      by: string;
      at: string;
      when: string;
      strength: number | null;
      trigger: string;
      helped: string;
      bring: boolean;
    }
  | { t: 'owned'; id: string; talk: string; at: string; helped: MomentHelped }
  /** What is being typed, whole; the latest per key wins, empty text clears it. */
  | { t: 'draft'; key: string; text: string; at: string };

export interface Ledger {
  questions: Question[];
  moments: Moment[];
  drafts: Map<string, string>;
}

export const OPEN_STATUSES: readonly QuestionStatus[] = ['open', 'asked-again'];

export function isOpen(question: Question): boolean {
  return OPEN_STATUSES.includes(question.status);
}
