// The session engine's data: configuration, state, events and the record kept for notes.
// Everything here is plain data (JSON-safe), so events can be journaled and replayed.

/** Index of a partner in `SessionConfig.partners`. A solo session has only partner 0. */
export type Partner = 0 | 1;

/** A monotonic clock in milliseconds. Injected, so tests and replays control time. */
export interface Clock {
  now(): number;
}

/** Who takes the floor for a prompt. */
export type Floor = 'both' | 'repairing' | 'hurt';

export interface PromptSpec {
  title: string;
  /** Guidance shown to both, under the prompt. */
  guidance?: string;
  /** Guidance for the partner speaking, when the deck gives it separately. */
  speakerGuidance?: string;
  /** Guidance for the partner listening, when the deck gives it separately. */
  listenerGuidance?: string;
  floor?: Floor;
  /**
   * A question from the ledger (or a moment that hurt) brought to this talk: the other partner
   * has the floor, `asker` reflects, and after "Did I get it?" the asker marks it.
   */
  question?: { id: string; asker: Partner; kind: 'question' | 'moment' };
}

/** How the asker marks a question after its turn, or how owning a moment went for its writer. */
export type QuestionMark = 'answered' | 'open' | 'therapist' | 'yes' | 'a-little' | 'not-yet';
export const QUESTION_MARKS: readonly QuestionMark[] = [
  'answered',
  'open',
  'therapist',
  'yes',
  'a-little',
  'not-yet',
];

export interface ProtocolOptions {
  /** After a confirmed reflection, the listener validates: "That makes sense because…". */
  validate: boolean;
  /** After validating, the listener empathises: "I imagine you feel…". */
  empathize: boolean;
}

/** An agreement made in an earlier session, brought back to see how it is going. */
export interface CarriedAgreement {
  id: string;
  text: string;
  /** The name of the partner who proposed it. */
  by: string;
  /** When it was made, ISO 8601, for the screen. */
  madeIso: string;
}

export type AgreementStatus = 'helping' | 'needs-change' | 'retired';

export interface AgreementReviewRecord {
  agreementId: string;
  text: string;
  by: string;
  /** Null when the couple left it for another time. */
  status: AgreementStatus | null;
}

export interface SessionConfig {
  /** One name for a solo deck, two for a conversation. */
  partners: [string] | [string, string];
  deck: { id: string; title: string; solo: boolean };
  prompts: PromptSpec[];
  options: ProtocolOptions;
  /** Length of one turn on the floor (or one solo free-write). */
  turnMs: number;
  /** The session's time box; a gentle notice suggests the closing near its end. */
  maxMs: number;
  /** Which partner is repairing trust, if the couple chose to say. The other was hurt. */
  repairing?: Partner;
  /** Suggested length of a pause's break timer. */
  breakMs: number;
  /** Agreements from earlier sessions, reviewed after the ground rules. */
  agreements?: CarriedAgreement[];
  /** Wall-clock start, ISO 8601 with offset. Data for the notes; the engine never reads a wall clock. */
  startedAtIso: string;
  /**
   * The language the talk is held in (a catalogue's code, such as "es"), recorded in the autosave
   * so a resumed session and its notes speak it whatever the machine's locale. Journals written
   * before it have none: they resume in the language talkturn starts in.
   */
  language?: string;
}

export type CheckAnswer = 'yes' | 'partly' | 'not-quite';

export type ClosingField = 'appreciation' | 'agreement' | 'therapy';
export const CLOSING_FIELDS: readonly ClosingField[] = ['appreciation', 'agreement', 'therapy'];

/** A step the session can be on. Prompt-bound steps say which prompt and whose floor. */
export type Step =
  | { kind: 'ground-rules' }
  | { kind: 'review'; agreement: number }
  | { kind: 'speak'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'reflect'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'check'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'validate'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'empathize'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'write'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'mark'; prompt: number; speaker: Partner; attempt: number }
  | { kind: 'closing'; partner: Partner; field: ClosingField }
  | { kind: 'done' };

export type StepKind = Step['kind'];

/** A timer for the current floor: its remaining time is derived, never ticked. */
export interface TurnTimer {
  startedAt: number;
  /** Paused time already folded in (pauses that have ended). */
  pausedMs: number;
}

export interface PauseState {
  /** Who called the pause; null until someone says (the pause itself never waits for that). */
  by: Partner | null;
  startedAt: number;
  ready: boolean[];
  breakMs: number;
}

export interface Exchange {
  /** Time the speaker spent on the floor before this reflection, in ms. */
  spokeMs: number;
  reflection: string;
  answer?: CheckAnswer;
  /** What the speaker said was missed, when the answer was not yes (optional). */
  missing?: string;
}

export interface TurnRecord {
  speaker: Partner;
  /** Held off the record: nothing typed in it is kept, the notes say only that it happened. */
  offRecord?: boolean;
  /** Times the listener went back to the floor (Esc) before reflecting: the speaker went on. */
  backToFloor?: number;
  /** Times a reflection was taken back (Esc on "Did I get it?") to be rewritten before an answer. */
  rewritten?: number;
  exchanges: Exchange[];
  validation?: string;
  empathy?: string;
  /** A solo free-write. */
  writing?: string;
  /** The writer chose to bring this writing to history and exports (else it stays in its note). */
  bring?: boolean;
  /** Total time on the floor, clarifications included. */
  spokeMs: number;
}

export interface PromptRecord {
  index: number;
  title: string;
  turns: TurnRecord[];
  skipped: boolean;
  /** A question's mark (or a moment's "did it help?"), once the asker gave it. */
  mark?: QuestionMark;
}

export interface PauseRecord {
  by: Partner | null;
  /** Session time (ms since the start, pauses excluded) at which the pause was called. */
  atSessionMs: number;
  durationMs: number;
  during: StepKind;
}

export type ClosingAnswers = Record<ClosingField, string>;

/** A field where someone types: what its text is, in the notes. */
export type TypedField =
  'reflection' | 'missing' | 'validation' | 'empathy' | 'writing' | ClosingField;

/** A field's text as typed when the session ended early, by its draft key (not handed in). */
export interface UnsentDraft {
  key: string;
  text: string;
}

/**
 * Text that was still being typed when the session was stopped early: kept in the notes as its
 * writer's, plainly not sent (never a reflection handed in, never answered).
 */
export interface UnsentText {
  field: TypedField;
  /** Who was typing it. */
  by: Partner;
  /** Where it was typed: a turn's prompt and speaker, or a closing question (neither). */
  prompt?: number;
  speaker?: Partner;
  text: string;
}

export interface SessionRecord {
  reviews: AgreementReviewRecord[];
  prompts: PromptRecord[];
  pauses: PauseRecord[];
  closing: ClosingAnswers[];
  /** What was still being typed when the session was stopped early (none in older journals). */
  unsent?: UnsentText[];
}

export interface SessionState {
  config: SessionConfig;
  step: Step;
  /** Ground rules: which partners have agreed. */
  agreed: boolean[];
  /** The floor's timer, for speak and write steps. */
  timer: TurnTimer | null;
  pause: PauseState | null;
  startedAt: number;
  /** Paused time of the whole session, pauses that have ended. */
  pausedMs: number;
  /** Time of the last event applied. */
  lastAt: number;
  endedAt: number | null;
  /** True once the closing was answered to the end; false when a session ends early. */
  completed: boolean;
  /** The speaker's time on the floor in this exchange, waiting for its reflection. */
  pendingSpokeMs: number;
  record: SessionRecord;
}

interface At {
  /** Clock time of the event, stamped by the session store. */
  at: number;
}

export type SessionEvent = At &
  (
    | { type: 'agree'; partner: Partner }
    | { type: 'review-agreement'; status: AgreementStatus | null }
    | { type: 'end-turn' }
    | { type: 'off-the-record' }
    | { type: 'on-the-record' }
    | { type: 'back-to-floor' }
    | { type: 'back-to-reflection' }
    | { type: 'submit-reflection'; text: string }
    | { type: 'answer'; answer: CheckAnswer; missing?: string }
    | { type: 'submit-validation'; text: string }
    | { type: 'submit-empathy'; text: string }
    | { type: 'submit-writing'; text: string; bring?: boolean }
    | { type: 'pause'; by?: Partner }
    | { type: 'pause-called-by'; partner: Partner }
    | { type: 'ready'; partner: Partner }
    | { type: 'set-break'; ms: number }
    | { type: 'skip-prompt' }
    | { type: 'go-to-closing' }
    | { type: 'submit-closing'; text: string }
    | { type: 'mark-question'; mark: QuestionMark }
    | {
        type: 'finish';
        /** Stopped early: the text of the fields still being typed, to keep in the notes. */
        unsent?: UnsentDraft[];
      }
  );

/** An event before the store stamps its time. */
export type SessionCommand = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'at'>
    : never
  : never;
