import type { PromptProgress } from '../../session/index.js';

/** "Prompt 2 of 5 · turn 1 of 2" */
export function progressLabel(progress: PromptProgress): string {
  const turn = progress.rounds > 1 ? ` · turn ${progress.round} of ${progress.rounds}` : '';
  return `Prompt ${progress.number} of ${progress.total}${turn}`;
}
