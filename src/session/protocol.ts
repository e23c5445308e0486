// The order of a conversation: the table of its steps (what follows what, which take typing),
// who takes the floor for each prompt, and what follows each turn. A new step starts here: see
// docs/house-plan.md, "Adding a step".
import {
  CLOSING_FIELDS,
  type Partner,
  type ProtocolOptions,
  type SessionConfig,
  type Step,
  type StepKind,
  type ClosingField,
} from './types.js';

/** One step of the talk, as the engine and the screens need to know it. */
export interface StepSpec {
  /** Someone types here; what they type is a draft, kept through a crash until it is sent. */
  typing: boolean;
  /** The floor's timer runs here (a turn's speaking or a solo writing). */
  timed: boolean;
  /**
   * Within one turn, the step that follows this one once it is done (after "Did I get it?",
   * once the answer is yes); null where the turn ends. Steps a deck may leave out are passed by.
   */
  then: TurnStepKind | null;
  /** Taken only when the deck asks for it (its protocol option). */
  option?: keyof ProtocolOptions;
}

/** The steps of one speaker's turn on a prompt. */
export type TurnStepKind = Extract<Step, { prompt: number; speaker: Partner }>['kind'];
export type TurnStep = Extract<Step, { kind: TurnStepKind }>;

const step = (spec: Partial<StepSpec>): StepSpec => ({
  typing: false,
  timed: false,
  then: null,
  ...spec,
});

/**
 * Every step, once: ground rules -> (agreements from before) -> per prompt and speaker: speak ->
 * reflect -> check [-> speak again ...] -> (validate) -> (empathise) -> (a question's mark) ->
 * ... -> closing -> done. The compiler holds it to every `Step['kind']`.
 */
export const STEPS = {
  'ground-rules': step({}),
  review: step({}),
  speak: step({ timed: true, then: 'reflect' }),
  reflect: step({ typing: true, then: 'check' }),
  check: step({ then: 'validate' }),
  validate: step({ typing: true, then: 'empathize', option: 'validate' }),
  empathize: step({ typing: true, option: 'empathize' }),
  write: step({ typing: true, timed: true }),
  mark: step({}),
  closing: step({ typing: true }),
  done: step({}),
} as const satisfies Record<StepKind, StepSpec>;

/** Whether someone types on this step (its words are kept as a draft). */
export function takesTyping(kind: StepKind): boolean {
  return STEPS[kind].typing;
}

/** A step of a speaker's turn on a prompt. */
export function isTurnStep(step: Step): step is TurnStep {
  return 'prompt' in step && 'speaker' in step;
}

/** For switches over steps: a step kind left out fails to compile where this is called. */
export function assertNever(value: never): never {
  throw new Error(`Not a step talkturn knows: ${JSON.stringify(value)}`);
}

/**
 * The step after a turn's step is done: the next in the table the deck takes, or what follows
 * the whole turn (the other partner, the next prompt, a question's mark).
 */
export function nextInTurn(config: SessionConfig, from: TurnStep): Step {
  let kind: TurnStepKind | null = STEPS[from.kind].then;
  while (kind !== null) {
    const spec: StepSpec = STEPS[kind];
    if (spec.option === undefined || config.options[spec.option]) return { ...from, kind };
    kind = spec.then;
  }
  return afterTurn(config, from.prompt, from.speaker);
}

/** The partners who take the floor for a prompt, in order. */
export function speakersFor(config: SessionConfig, promptIndex: number): Partner[] {
  if (config.partners.length === 1) return [0];
  // Alternate who opens, so neither partner always goes first.
  const first: Partner = promptIndex % 2 === 0 ? 0 : 1;
  const both: Partner[] = [first, first === 0 ? 1 : 0];
  // A question brought from the ledger is answered by the partner who did not ask it.
  const question = config.prompts[promptIndex]?.question;
  if (question) return [question.asker === 0 ? 1 : 0];
  const floor = config.prompts[promptIndex]?.floor ?? 'both';
  if (floor === 'both' || config.repairing === undefined) return both;
  const hurt: Partner = config.repairing === 0 ? 1 : 0;
  return [floor === 'repairing' ? config.repairing : hurt];
}

/** The step where a partner starts on the floor: speaking, or writing in a solo deck. */
export function floorStep(
  config: SessionConfig,
  prompt: number,
  speaker: Partner,
  attempt = 0,
): Step {
  const kind = config.deck.solo ? 'write' : 'speak';
  return { kind, prompt, speaker, attempt };
}

export function firstClosingStep(): Step {
  return { kind: 'closing', partner: 0, field: CLOSING_FIELDS[0] as ClosingField };
}

/** The first step of a prompt, or the closing when there are no prompts left. */
export function promptStart(config: SessionConfig, prompt: number): Step {
  if (prompt >= config.prompts.length) return firstClosingStep();
  const [speaker] = speakersFor(config, prompt);
  return floorStep(config, prompt, speaker ?? 0);
}

/** After a speaker's turn is complete: the next partner on the same prompt, or the next prompt. */
export function afterTurn(config: SessionConfig, prompt: number, speaker: Partner): Step {
  // A question's turn ends with the asker marking it.
  if (config.prompts[prompt]?.question) return { kind: 'mark', prompt, speaker, attempt: 0 };
  return nextAfterTurn(config, prompt, speaker);
}

/** After a turn and anything that closes it (a question's mark). */
export function nextAfterTurn(config: SessionConfig, prompt: number, speaker: Partner): Step {
  const order = speakersFor(config, prompt);
  const next = order[order.indexOf(speaker) + 1];
  return next === undefined ? promptStart(config, prompt + 1) : floorStep(config, prompt, next);
}

/** Closing questions go field by field, each partner in turn; null after the last. */
export function nextClosingStep(
  config: SessionConfig,
  partner: Partner,
  field: ClosingField,
): Step | null {
  if (partner === 0 && config.partners.length === 2) return { kind: 'closing', partner: 1, field };
  const nextField = CLOSING_FIELDS[CLOSING_FIELDS.indexOf(field) + 1];
  return nextField ? { kind: 'closing', partner: 0, field: nextField } : null;
}
