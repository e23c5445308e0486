import type { PromptProgress } from '../../session/index.js';
import { words } from '../../words/index.js';

/** "Prompt 2 of 5 · turn 1 of 2" */
export function progressLabel(progress: PromptProgress): string {
  const said = words().common;
  const turn = progress.rounds > 1 ? said.turnOf(progress.round, progress.rounds) : '';
  return said.promptOf(progress.number, progress.total) + turn;
}
