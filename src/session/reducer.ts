// The conversation engine: (state, event) -> state. Pure: no clock reads, no I/O.
// Events carry their own time, so replaying a journal rebuilds the same state.
import {
  firstClosingStep,
  floorStep,
  isTurnStep,
  nextAfterTurn,
  nextClosingStep,
  nextInTurn,
  promptStart,
  STEPS,
} from './protocol.js';
import type {
  ClosingAnswers,
  Partner,
  PromptRecord,
  SessionConfig,
  SessionEvent,
  SessionState,
  Step,
  TurnRecord,
  UnsentDraft,
  UnsentText,
} from './types.js';
import { openFields } from './selectors.js';

const emptyClosing = (): ClosingAnswers => ({ appreciation: '', agreement: '', therapy: '' });

export function initialState(config: SessionConfig, at: number): SessionState {
  return {
    config,
    step: { kind: 'ground-rules' },
    agreed: config.partners.map(() => false),
    timer: null,
    pause: null,
    startedAt: at,
    pausedMs: 0,
    lastAt: at,
    endedAt: null,
    completed: false,
    pendingSpokeMs: 0,
    record: { reviews: [], prompts: [], pauses: [], closing: config.partners.map(emptyClosing) },
  };
}

export function reduce(state: SessionState, event: SessionEvent): SessionState {
  if (state.step.kind === 'done') return state;
  const at = Math.max(event.at, state.lastAt);
  const next = state.pause ? reducePaused(state, event, at) : reduceActive(state, event, at);
  return next === state ? state : { ...next, lastAt: at };
}

function reducePaused(state: SessionState, event: SessionEvent, at: number): SessionState {
  const pause = state.pause;
  if (!pause) return state;
  switch (event.type) {
    case 'ready': {
      if (!isPartner(state, event.partner)) return state;
      const ready = pause.ready.map((r, i) => r || i === event.partner);
      if (!ready.every(Boolean)) return { ...state, pause: { ...pause, ready } };
      return resume(state, at);
    }
    case 'pause-called-by':
      return isPartner(state, event.partner)
        ? { ...state, pause: { ...pause, by: event.partner } }
        : state;
    case 'set-break':
      return event.ms > 0 ? { ...state, pause: { ...pause, breakMs: event.ms } } : state;
    case 'finish':
      return finish(resume(keepUnsent(state, event.unsent), at), at, false);
    default:
      // While paused, nothing else moves: the pause holds until both are ready.
      return state;
  }
}

function resume(state: SessionState, at: number): SessionState {
  const pause = state.pause;
  if (!pause) return state;
  const durationMs = at - pause.startedAt;
  const atSessionMs = pause.startedAt - state.startedAt - state.pausedMs;
  return {
    ...state,
    pause: null,
    pausedMs: state.pausedMs + durationMs,
    timer: state.timer ? { ...state.timer, pausedMs: state.timer.pausedMs + durationMs } : null,
    record: {
      ...state.record,
      pauses: [
        ...state.record.pauses,
        { by: pause.by, atSessionMs, durationMs, during: state.step.kind },
      ],
    },
  };
}

function reduceActive(state: SessionState, event: SessionEvent, at: number): SessionState {
  const { step, config } = state;
  switch (event.type) {
    case 'pause':
      if (event.by !== undefined && !isPartner(state, event.by)) return state;
      return {
        ...state,
        pause: {
          by: event.by ?? null,
          startedAt: at,
          ready: config.partners.map(() => false),
          breakMs: config.breakMs,
        },
      };
    case 'finish':
      return finish(keepUnsent(state, event.unsent), at, false);
    case 'agree': {
      if (step.kind !== 'ground-rules' || !isPartner(state, event.partner)) return state;
      const agreed = state.agreed.map((a, i) => a || i === event.partner);
      if (!agreed.every(Boolean)) return { ...state, agreed };
      const first: Step = config.agreements?.length
        ? { kind: 'review', agreement: 0 }
        : promptStart(config, 0);
      return enter({ ...state, agreed }, first, at);
    }
    case 'review-agreement': {
      if (step.kind !== 'review') return state;
      const agreement = config.agreements?.[step.agreement];
      if (!agreement) return state;
      const review = {
        agreementId: agreement.id,
        text: agreement.text,
        by: agreement.by,
        status: event.status,
      };
      const reviewed = {
        ...state,
        record: { ...state.record, reviews: [...state.record.reviews, review] },
      };
      const next: Step =
        step.agreement + 1 < (config.agreements?.length ?? 0)
          ? { kind: 'review', agreement: step.agreement + 1 }
          : promptStart(config, 0);
      return enter(reviewed, next, at);
    }
    case 'off-the-record': {
      if (step.kind !== 'speak' || step.attempt > 0) return state;
      return updateTurn(state, step.prompt, step.speaker, (t) => ({ ...t, offRecord: true }));
    }
    case 'on-the-record': {
      // Put back before anything of the turn was said back: the turn is kept as usual.
      if (step.kind !== 'speak' || step.attempt > 0) return state;
      if (!latestTurn(state, step.prompt, step.speaker)?.offRecord) return state;
      return updateTurn(state, step.prompt, step.speaker, (t) => {
        const { offRecord: _dropped, ...kept } = t;
        return kept;
      });
    }
    case 'back-to-floor': {
      // The listener's Esc before reflecting: the speaker goes on, the timer where it was.
      if (step.kind !== 'reflect') return state;
      const spoke = state.pendingSpokeMs;
      const back = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        spokeMs: Math.max(0, t.spokeMs - spoke),
        backToFloor: (t.backToFloor ?? 0) + 1,
      }));
      return {
        ...back,
        step: { ...step, kind: 'speak' },
        timer: { startedAt: at - spoke, pausedMs: 0 },
        pendingSpokeMs: 0,
      };
    }
    case 'back-to-reflection': {
      // Esc on "Did I get it?": the reflection is taken back to be rewritten, before any answer.
      if (step.kind !== 'check') return state;
      const last = latestTurn(state, step.prompt, step.speaker)?.exchanges.at(-1);
      if (!last || last.answer) return state;
      const back = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        exchanges: t.exchanges.slice(0, -1),
        rewritten: (t.rewritten ?? 0) + 1,
      }));
      return { ...back, step: { ...step, kind: 'reflect' }, pendingSpokeMs: last.spokeMs };
    }
    case 'end-turn': {
      if (step.kind !== 'speak') return state;
      const spoke = floorElapsed(state, at);
      const withTime = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        spokeMs: t.spokeMs + spoke,
      }));
      return enter(
        { ...withTime, timer: null, pendingSpokeMs: state.pendingSpokeMs + spoke },
        nextInTurn(config, step),
        at,
      );
    }
    case 'submit-reflection': {
      if (step.kind !== 'reflect') return state;
      const withExchange = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        exchanges: [
          ...t.exchanges,
          // Off the record, a reflection is said aloud only: no text is ever kept.
          { spokeMs: state.pendingSpokeMs, reflection: t.offRecord ? '' : event.text },
        ],
      }));
      return enter({ ...withExchange, pendingSpokeMs: 0 }, nextInTurn(config, step), at);
    }
    case 'answer': {
      if (step.kind !== 'check') return state;
      const answered = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        exchanges: t.exchanges.map((x, i) =>
          i === t.exchanges.length - 1
            ? { ...x, answer: event.answer, ...(event.missing ? { missing: event.missing } : {}) }
            : x,
        ),
      }));
      if (event.answer !== 'yes') {
        return enter(answered, floorStep(config, step.prompt, step.speaker, step.attempt + 1), at);
      }
      // Yes: on to what the deck takes after a confirmed reflection, or the end of the turn.
      return enter(answered, nextInTurn(config, step), at);
    }
    case 'submit-validation': {
      if (step.kind !== 'validate') return state;
      const validated = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        validation: event.text,
      }));
      return enter(validated, nextInTurn(config, step), at);
    }
    case 'submit-empathy': {
      if (step.kind !== 'empathize') return state;
      const empathised = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        empathy: event.text,
      }));
      return enter(empathised, nextInTurn(config, step), at);
    }
    case 'submit-writing': {
      if (step.kind !== 'write') return state;
      const spoke = floorElapsed(state, at);
      const written = updateTurn(state, step.prompt, step.speaker, (t) => ({
        ...t,
        writing: event.text,
        ...(event.bring ? { bring: true } : {}),
        spokeMs: t.spokeMs + spoke,
      }));
      return enter({ ...written, timer: null }, nextInTurn(config, step), at);
    }
    case 'skip-prompt': {
      if (!('prompt' in step)) return state;
      const skipped = updatePrompt(recordFloorTime(state, at), step.prompt, (p) => ({
        ...p,
        skipped: true,
      }));
      return enter(
        { ...skipped, timer: null, pendingSpokeMs: 0 },
        promptStart(config, step.prompt + 1),
        at,
      );
    }
    case 'go-to-closing':
      if (!('prompt' in step)) return state;
      return enter(
        { ...recordFloorTime(state, at), timer: null, pendingSpokeMs: 0 },
        firstClosingStep(),
        at,
      );
    case 'submit-closing': {
      if (step.kind !== 'closing') return state;
      const closing = state.record.closing.map((answers, i) =>
        i === step.partner ? { ...answers, [step.field]: event.text } : answers,
      );
      const answered = { ...state, record: { ...state.record, closing } };
      const nextStep = nextClosingStep(config, step.partner, step.field);
      return nextStep ? enter(answered, nextStep, at) : finish(answered, at, true);
    }
    case 'mark-question': {
      if (step.kind !== 'mark') return state;
      const marked = updatePrompt(state, step.prompt, (p) => ({ ...p, mark: event.mark }));
      return enter(marked, nextAfterTurn(config, step.prompt, step.speaker), at);
    }
    case 'ready':
    case 'set-break':
    case 'pause-called-by':
      return state;
  }
}

/** Moves to a step, starting the floor's timer and its record where the step needs them. */
function enter(state: SessionState, step: Step, at: number): SessionState {
  let next: SessionState = { ...state, step };
  if (STEPS[step.kind].timed && isTurnStep(step)) {
    next = { ...next, timer: { startedAt: at, pausedMs: 0 } };
    if (step.attempt === 0) next = openTurn(next, step.prompt, step.speaker);
  }
  return next;
}

function finish(state: SessionState, at: number, completed: boolean): SessionState {
  const ended = recordFloorTime(state, at);
  return { ...ended, step: { kind: 'done' }, timer: null, endedAt: at, completed };
}

/**
 * The text still being typed when the session is stopped early, kept in the record as its
 * writer's and not sent. Only the fields open on this step are taken (a hand-edited journal
 * cannot put words elsewhere), never blank ones, and nothing of a turn held off the record.
 */
function keepUnsent(state: SessionState, drafts: readonly UnsentDraft[] | undefined): SessionState {
  if (!drafts?.length) return state;
  const kept = openFields(state).flatMap((field): UnsentText[] => {
    const text = drafts.find((draft) => draft.key === field.key)?.text ?? '';
    if (!text.trim()) return [];
    if (field.prompt !== undefined && field.speaker !== undefined) {
      if (latestTurn(state, field.prompt, field.speaker)?.offRecord) return [];
    }
    const { key: _key, ...where } = field;
    return [{ ...where, text }];
  });
  if (kept.length === 0) return state;
  const unsent = [...(state.record.unsent ?? []), ...kept];
  return { ...state, record: { ...state.record, unsent } };
}

/** A speaker cut short (skip, the closing, the end) still gets their time on the floor recorded. */
function recordFloorTime(state: SessionState, at: number): SessionState {
  if (state.step.kind !== 'speak' || !state.timer) return state;
  const { prompt, speaker } = state.step;
  const spoke = floorElapsed(state, at);
  return updateTurn(state, prompt, speaker, (t) => ({ ...t, spokeMs: t.spokeMs + spoke }));
}

function floorElapsed(state: SessionState, at: number): number {
  return state.timer ? Math.max(0, at - state.timer.startedAt - state.timer.pausedMs) : 0;
}

function openTurn(state: SessionState, prompt: number, speaker: Partner): SessionState {
  const withPrompt = ensurePrompt(state, prompt);
  return updatePrompt(withPrompt, prompt, (p) => ({
    ...p,
    turns: [...p.turns, { speaker, exchanges: [], spokeMs: 0 }],
  }));
}

function ensurePrompt(state: SessionState, index: number): SessionState {
  if (state.record.prompts.some((p) => p.index === index)) return state;
  const title = state.config.prompts[index]?.title ?? '';
  const prompt: PromptRecord = { index, title, turns: [], skipped: false };
  return { ...state, record: { ...state.record, prompts: [...state.record.prompts, prompt] } };
}

function updatePrompt(
  state: SessionState,
  index: number,
  change: (p: PromptRecord) => PromptRecord,
): SessionState {
  const withPrompt = ensurePrompt(state, index);
  const prompts = withPrompt.record.prompts.map((p) => (p.index === index ? change(p) : p));
  return { ...withPrompt, record: { ...withPrompt.record, prompts } };
}

/** Changes the latest turn of a speaker on a prompt (the one in progress). */
function updateTurn(
  state: SessionState,
  prompt: number,
  speaker: Partner,
  change: (t: TurnRecord) => TurnRecord,
): SessionState {
  return updatePrompt(state, prompt, (p) => {
    const last = p.turns.map((t) => t.speaker).lastIndexOf(speaker);
    if (last < 0) return p;
    return { ...p, turns: p.turns.map((t, i) => (i === last ? change(t) : t)) };
  });
}

/** The latest turn of a speaker on a prompt (the one in progress), as recorded so far. */
function latestTurn(state: SessionState, prompt: number, speaker: Partner) {
  const turns = state.record.prompts.find((p) => p.index === prompt)?.turns ?? [];
  return turns.findLast((t) => t.speaker === speaker);
}

function isPartner(state: SessionState, partner: number): partner is Partner {
  return Number.isInteger(partner) && partner >= 0 && partner < state.config.partners.length;
}
