import type { SessionState, TurnRecord } from '../../session/index.js';

/** The turn the current step belongs to, as recorded so far. */
export function currentTurn(state: SessionState): TurnRecord | undefined {
  const step = state.step;
  if (!('prompt' in step)) return undefined;
  return state.record.prompts
    .find((p) => p.index === step.prompt)
    ?.turns.findLast((t) => t.speaker === step.speaker);
}
