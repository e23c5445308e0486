// The check-in's steps as counted on screen (the words themselves: words().checkin).
import type { Question } from './checkin-flow.js';
import { words } from '../../words/index.js';

/** Where a step sits among the four for one partner: "2 of 4". */
export function stepOfFour(question: Question | 'number'): string {
  const index =
    question === 'number' ? 4 : ['appreciated', 'stirred', 'need'].indexOf(question) + 1;
  return words().checkin.stepOf(index, 4);
}
