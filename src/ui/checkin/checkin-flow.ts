// The check-in's flow as a pure reducer, like the engine: (state, event) -> state. Screens render
// the step and dispatch events; saving is done outside, and reported back as events.
import type { Partner } from '../../session/index.js';

export const QUESTIONS = ['appreciated', 'stirred', 'need'] as const;
export type Question = (typeof QUESTIONS)[number];

export type CheckinStep =
  | { screen: 'safety' }
  | { screen: 'name'; index: Partner }
  | { screen: 'question'; partner: Partner; question: Question }
  | { screen: 'number'; partner: Partner }
  /** Ready to be written; `folder` when someone chose another one after a failed save. */
  | { screen: 'saving'; finished: boolean; folder?: string }
  | { screen: 'saved'; path: string; finished: boolean }
  | { screen: 'failed'; message: string; finished: boolean };

export interface CheckinDraft {
  appreciated: string;
  stirred: string;
  need: string;
  /** 1 to 10; null for "rather not say"; undefined while not chosen yet. */
  safeAndClose: number | null | undefined;
}

export interface CheckinFlowState {
  step: CheckinStep;
  names: string[];
  /** How many names came from the command line: Esc never goes back to asking those. */
  givenNames: number;
  drafts: [CheckinDraft, CheckinDraft];
  /** When the check-in began, with its offset: the note's date and file name. */
  dateIso: string;
  /**
   * The furthest question anyone reached (see `positionOf`), -1 before the first: a stopped
   * check-in says plainly which questions nobody was asked, and never answers them.
   */
  furthest: number;
  /** A pause was called (Ctrl+P): the pause screen is shown over the step, which waits. */
  paused: boolean;
}

export type CheckinEvent =
  | { type: 'safetyRead' }
  | { type: 'named'; name: string }
  /** Every change of the text being typed, so Ctrl+C or a closed terminal keeps it. */
  | { type: 'typed'; text: string }
  | { type: 'answered'; text: string }
  | { type: 'chose'; value: number | null }
  | { type: 'back' }
  | { type: 'pause' }
  | { type: 'goOn' }
  | { type: 'saved'; path: string }
  | { type: 'saveFailed'; message: string; finished: boolean }
  | { type: 'retry'; folder?: string };

const emptyDraft = (): CheckinDraft => ({
  appreciated: '',
  stirred: '',
  need: '',
  safeAndClose: undefined,
});

export function initialCheckinFlow(options: {
  names?: readonly string[];
  showSafety: boolean;
  dateIso: string;
}): CheckinFlowState {
  const names = (options.names ?? []).slice(0, 2);
  const state: CheckinFlowState = {
    step: { screen: 'safety' },
    names,
    givenNames: names.length,
    drafts: [emptyDraft(), emptyDraft()],
    dateIso: options.dateIso,
    furthest: -1,
    paused: false,
  };
  return options.showSafety ? state : withFurthest({ ...state, step: firstAfterSafety(state) });
}

/** Where a question sits in the whole check-in, 0 to 7 (each partner's four in turn), or -1. */
export function positionOf(step: CheckinStep): number {
  if (step.screen === 'question') return step.partner * 4 + QUESTIONS.indexOf(step.question);
  if (step.screen === 'number') return step.partner * 4 + QUESTIONS.length;
  return -1;
}

/** Whether anyone reached this question of this partner's. */
export function wasReached(
  state: CheckinFlowState,
  partner: Partner,
  question: Question | 'number',
): boolean {
  const at = question === 'number' ? QUESTIONS.length : QUESTIONS.indexOf(question);
  return partner * 4 + at <= state.furthest;
}

function withFurthest(state: CheckinFlowState): CheckinFlowState {
  const at = positionOf(state.step);
  return at > state.furthest ? { ...state, furthest: at } : state;
}

function firstAfterSafety(state: CheckinFlowState): CheckinStep {
  return state.names.length < 2
    ? { screen: 'name', index: state.names.length === 0 ? 0 : 1 }
    : { screen: 'question', partner: 0, question: 'appreciated' };
}

function setDraft(
  state: CheckinFlowState,
  partner: Partner,
  change: Partial<CheckinDraft>,
): CheckinFlowState['drafts'] {
  const drafts: CheckinFlowState['drafts'] = [...state.drafts];
  drafts[partner] = { ...drafts[partner], ...change };
  return drafts;
}

function nextAfterQuestion(partner: Partner, question: Question): CheckinStep {
  const next = QUESTIONS[QUESTIONS.indexOf(question) + 1];
  return next ? { screen: 'question', partner, question: next } : { screen: 'number', partner };
}

/** The step Esc goes back to, or null where there is nothing before. */
export function previousStep(state: CheckinFlowState): CheckinStep | null {
  const { step } = state;
  if (step.screen === 'name') {
    return step.index === 1 && state.givenNames === 0 ? { screen: 'name', index: 0 } : null;
  }
  if (step.screen === 'number') {
    return { screen: 'question', partner: step.partner, question: 'need' };
  }
  if (step.screen !== 'question') return null;
  const before = QUESTIONS[QUESTIONS.indexOf(step.question) - 1];
  if (before) return { screen: 'question', partner: step.partner, question: before };
  if (step.partner === 1) return { screen: 'number', partner: 0 };
  return state.givenNames < 2 ? { screen: 'name', index: 1 } : null;
}

export function reduceCheckin(state: CheckinFlowState, event: CheckinEvent): CheckinFlowState {
  return withFurthest(reduceStep(state, event));
}

function reduceStep(state: CheckinFlowState, event: CheckinEvent): CheckinFlowState {
  const { step } = state;
  switch (event.type) {
    case 'safetyRead':
      return step.screen === 'safety' ? { ...state, step: firstAfterSafety(state) } : state;
    case 'named': {
      if (step.screen !== 'name') return state;
      const names = [...state.names.slice(0, step.index), event.name];
      const next: CheckinStep =
        step.index === 0
          ? { screen: 'name', index: 1 }
          : { screen: 'question', partner: 0, question: 'appreciated' };
      return { ...state, names, step: next };
    }
    case 'typed':
    case 'answered': {
      if (step.screen !== 'question') return state;
      const drafts = setDraft(state, step.partner, { [step.question]: event.text });
      if (event.type === 'typed') return { ...state, drafts };
      return { ...state, drafts, step: nextAfterQuestion(step.partner, step.question) };
    }
    case 'chose': {
      if (step.screen !== 'number') return state;
      const drafts = setDraft(state, step.partner, { safeAndClose: event.value });
      const next: CheckinStep =
        step.partner === 0
          ? { screen: 'question', partner: 1, question: 'appreciated' }
          : { screen: 'saving', finished: true };
      return { ...state, drafts, step: next };
    }
    case 'pause':
      return canPause(step) && !state.paused ? { ...state, paused: true } : state;
    case 'goOn':
      return state.paused ? { ...state, paused: false } : state;
    case 'back': {
      const before = previousStep(state);
      return before ? { ...state, step: before } : state;
    }
    case 'saved':
      return step.screen === 'saving' || step.screen === 'failed' || isAsking(step)
        ? {
            ...state,
            paused: false,
            step: { screen: 'saved', path: event.path, finished: isFinished(step) },
          }
        : state;
    case 'saveFailed':
      return {
        ...state,
        paused: false,
        step: { screen: 'failed', message: event.message, finished: event.finished },
      };
    case 'retry':
      return step.screen === 'failed'
        ? {
            ...state,
            step: {
              screen: 'saving',
              finished: step.finished,
              ...(event.folder ? { folder: event.folder } : {}),
            },
          }
        : state;
  }
}

/**
 * Ctrl+P pauses the safety notice and every question, where the words typed are in the flow's
 * drafts and come back after the pause. Not the names (a name half typed lives only in its
 * screen, and nothing hard is asked yet), nor saving and its answer, which wait for nobody.
 */
export function canPause(step: CheckinStep): boolean {
  return step.screen === 'safety' || step.screen === 'question' || step.screen === 'number';
}

function isAsking(step: CheckinStep): boolean {
  return step.screen === 'name' || step.screen === 'question' || step.screen === 'number';
}

function isFinished(step: CheckinStep): boolean {
  return step.screen === 'saving' || step.screen === 'failed' ? step.finished : false;
}
