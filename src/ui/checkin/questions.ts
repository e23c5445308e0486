// The check-in's words: plain and warm, read by two people, one of whom may be hurting.
import type { Question } from './checkin-flow.js';

export const QUESTION_WORDS: Record<Question, { ask: (name: string) => string; help: string }> = {
  appreciated: {
    ask: (name) => `${name}, what is something you appreciated today?`,
    help: 'Something your partner did or said, or a small moment between you. Small things count.',
  },
  stirred: {
    ask: (name) => `${name}, did anything today stir up the hurt?`,
    help: 'If something did, you can name it here. Hurt that comes back in waves is part of healing, not a step back.',
  },
  need: {
    ask: (name) => `${name}, what is one thing you need?`,
    help: 'From your partner or from yourself, for today or this week.',
  },
};

export const NUMBER_WORDS = {
  ask: (name: string) => `${name}, how safe and close do you feel today?`,
  help: '1 is not at all, 10 is very. It is your own number, not a score, and tomorrow it can be different. It is kept with your own answers in the notes you share, never set beside the other’s.',
  keys: 'Type a number (0 for 10), or use the arrows and Enter.',
  notChosen:
    'Choose a number with the arrows or by typing it, or press N if you would rather not say.',
};

/** Where a step sits among the four for one partner: "2 of 4". */
export function stepOfFour(question: Question | 'number'): string {
  const index =
    question === 'number' ? 4 : ['appreciated', 'stirred', 'need'].indexOf(question) + 1;
  return `${index} of 4`;
}
