// What a screen needs to know, derived from state and the clock's time. Never stored, never ticked.
import type {
  Partner,
  PromptSpec,
  SessionEvent,
  SessionState,
  Step,
  TypedField,
  UnsentDraft,
} from './types.js';
import { assertNever, speakersFor } from './protocol.js';

/** Time paused so far in the pause that is running now, if any. */
function openPauseMs(state: SessionState, now: number): number {
  return state.pause ? Math.max(0, now - state.pause.startedAt) : 0;
}

/** Talking time of the session so far: pauses excluded. */
export function sessionElapsed(state: SessionState, now: number): number {
  const end = state.endedAt ?? now;
  return Math.max(0, end - state.startedAt - state.pausedMs - openPauseMs(state, end));
}

export function sessionRemaining(state: SessionState, now: number): number {
  return state.config.maxMs - sessionElapsed(state, now);
}

/** Near the end of the time box the screens suggest moving to the closing. */
export function sessionNearEnd(state: SessionState, now: number): boolean {
  const warnAt = Math.min(5 * 60_000, state.config.maxMs * 0.2);
  return 'prompt' in state.step && sessionRemaining(state, now) <= warnAt;
}

/** Time on the floor in the current speak or write step, pauses excluded. */
export function turnElapsed(state: SessionState, now: number): number {
  const timer = state.timer;
  if (!timer) return 0;
  return Math.max(0, now - timer.startedAt - timer.pausedMs - openPauseMs(state, now));
}

/** Time left on the floor; negative once the time is up (nobody is cut off). */
export function turnRemaining(state: SessionState, now: number): number {
  return state.config.turnMs - turnElapsed(state, now);
}

export type TurnTime = 'plenty' | 'little' | 'up';

/** "little" in the last 20% of a turn (at most the last 30 seconds). */
export function turnTime(state: SessionState, now: number): TurnTime {
  const left = turnRemaining(state, now);
  if (left <= 0) return 'up';
  return left <= Math.min(30_000, state.config.turnMs * 0.2) ? 'little' : 'plenty';
}

export function breakRemaining(state: SessionState, now: number): number {
  return state.pause ? state.pause.breakMs - openPauseMs(state, now) : 0;
}

export interface FloorInfo {
  speaker: Partner;
  listener: Partner | null;
  speakerName: string;
  listenerName: string | null;
}

/** Whose floor it is, for any step bound to a prompt. */
export function floor(state: SessionState): FloorInfo | null {
  const step = state.step;
  if (!('speaker' in step)) return null;
  const names = state.config.partners;
  const listener: Partner | null = names.length === 2 ? (step.speaker === 0 ? 1 : 0) : null;
  return {
    speaker: step.speaker,
    listener,
    speakerName: names[step.speaker] ?? '',
    listenerName: listener === null ? null : (names[listener] ?? ''),
  };
}

export interface PromptProgress {
  index: number;
  /** 1-based, for "Prompt 2 of 5". */
  number: number;
  total: number;
  prompt: PromptSpec;
  /** 1-based position of this turn among the prompt's speakers: "turn 1 of 2". */
  round: number;
  rounds: number;
}

export function promptProgress(state: SessionState): PromptProgress | null {
  const step = state.step;
  if (!('prompt' in step)) return null;
  const prompt = state.config.prompts[step.prompt];
  if (!prompt) return null;
  const order = speakersFor(state.config, step.prompt);
  return {
    index: step.prompt,
    number: step.prompt + 1,
    total: state.config.prompts.length,
    prompt,
    round: order.indexOf(step.speaker) + 1,
    rounds: order.length,
  };
}

export function isPaused(state: SessionState): boolean {
  return state.pause !== null;
}

/**
 * A stable name for the field typed on a step, so a draft can be saved and put back in the same
 * place after a crash. Each reflection of a turn is its own field. Null where nothing is typed
 * (the steps the table in protocol.ts says take no typing; a test holds the two together).
 */
export function draftKeyFor(step: Step): string | null {
  switch (step.kind) {
    case 'reflect':
    case 'validate':
    case 'empathize':
    case 'write':
      return `${step.kind}:${step.prompt}:${step.speaker}:${step.attempt}`;
    case 'closing':
      return `closing:${step.partner}:${step.field}`;
    case 'ground-rules':
    case 'review':
    case 'speak':
    case 'check':
    case 'mark':
    case 'done':
      return null;
    default:
      return assertNever(step);
  }
}

export function draftKey(state: SessionState): string | null {
  return draftKeyFor(state.step);
}

/** On "Did I get it?", the field where the speaker may say what was missed. */
export function missedDraftKeyFor(step: Step): string | null {
  return step.kind === 'check' ? `missing:${step.prompt}:${step.speaker}:${step.attempt}` : null;
}

/** The field whose text `event`, applied on `step`, hands in (its draft is then done), if any. */
export function submittedDraftKey(step: Step, event: SessionEvent): string | null {
  switch (event.type) {
    case 'submit-reflection':
    case 'submit-validation':
    case 'submit-empathy':
    case 'submit-writing':
    case 'submit-closing':
      return draftKeyFor(step);
    case 'answer':
      return missedDraftKeyFor(step);
    default:
      return null;
  }
}

/** A field that may hold text typed and not yet handed in, on the step the session is on. */
export interface OpenField {
  key: string;
  field: TypedField;
  /** Who types in it. */
  by: Partner;
  /** A turn's field: its prompt and speaker. */
  prompt?: number;
  speaker?: Partner;
}

/**
 * The fields whose text would be lost if the session stopped on this step: the one being typed,
 * what the speaker may say was missed on "Did I get it?", and on the floor the listener's
 * reflection begun before going back to it (Esc).
 */
export function openFields(state: SessionState): OpenField[] {
  const step = state.step;
  const key = (kind: Step['kind']) => draftKeyFor({ ...step, kind } as Step);
  const turnField = (kind: Step['kind'], field: TypedField, by: Partner | null): OpenField[] => {
    const fieldKey = key(kind);
    if (!('speaker' in step) || !('prompt' in step) || by === null || fieldKey === null) return [];
    return [{ key: fieldKey, field, by, prompt: step.prompt, speaker: step.speaker }];
  };
  const listener = floor(state)?.listener ?? null;
  switch (step.kind) {
    case 'speak':
    case 'reflect':
      return turnField('reflect', 'reflection', listener);
    case 'check': {
      const missed = missedDraftKeyFor(step);
      return missed
        ? [
            {
              key: missed,
              field: 'missing',
              by: step.speaker,
              prompt: step.prompt,
              speaker: step.speaker,
            },
          ]
        : [];
    }
    case 'validate':
      return turnField('validate', 'validation', listener);
    case 'empathize':
      return turnField('empathize', 'empathy', listener);
    case 'write':
      return turnField('write', 'writing', step.speaker);
    case 'closing': {
      const closing = draftKeyFor(step);
      return closing ? [{ key: closing, field: step.field, by: step.partner }] : [];
    }
    case 'ground-rules':
    case 'review':
    case 'mark':
    case 'done':
      return [];
    default:
      return assertNever(step);
  }
}

/** The text of each open field that holds any, read from where the typing is kept. */
export function unsentDrafts(
  state: SessionState,
  textOf: (key: string) => string | undefined,
): UnsentDraft[] {
  return openFields(state).flatMap(({ key }) => {
    const text = textOf(key);
    return text?.trim() ? [{ key, text }] : [];
  });
}

/** Counts for the notes' front matter. */
export function turnCount(state: SessionState): number {
  return state.record.prompts.reduce((sum, p) => sum + p.turns.length, 0);
}

/** After this many answers that were not yes in one turn, the screens offer a pause or moving on. */
export const LOOPS_BEFORE_OFFER = 3;

/** How many times the speaker has said "partly" or "not quite" in the turn going on now. */
export function notYesCount(state: SessionState): number {
  const step = state.step;
  if (!('prompt' in step) || !('speaker' in step)) return 0;
  const turn = state.record.prompts
    .find((p) => p.index === step.prompt)
    ?.turns.findLast((t) => t.speaker === step.speaker);
  return turn?.exchanges.filter((x) => x.answer !== undefined && x.answer !== 'yes').length ?? 0;
}
