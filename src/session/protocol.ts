// The order of a conversation: who takes the floor for each prompt, and what follows each step.
import {
  CLOSING_FIELDS,
  type Partner,
  type SessionConfig,
  type Step,
  type ClosingField,
} from './types.js';

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
