// The practices the built-in decks serve (from the project brief), keyed for deck front matter;
// their names are the catalogue's (`words().decks.practices`).
import { words, type Catalogue } from '../words/index.js';

export interface Practice {
  key: PracticeKey;
  /** 1 to 10 for the ten practices; 0 for "start where you are", the first step before them. */
  number: number;
}

type PracticeKey = keyof Catalogue['decks']['practices'];

export const PRACTICES: readonly Practice[] = [
  { key: 'start-where-you-are', number: 0 },
  { key: 'stop-pretending', number: 1 },
  { key: 'hard-questions', number: 2 },
  { key: 'safety-first', number: 3 },
  { key: 'grief-in-waves', number: 4 },
  { key: 'what-trust-looks-like', number: 5 },
  { key: 'own-your-part', number: 6 },
  { key: 'show-up-every-day', number: 7 },
  { key: 'new-memories', number: 8 },
  { key: 'let-it-be-awkward', number: 9 },
  { key: 'healing-over-winning', number: 10 },
];

/** The practice's readable name for a key, or the deck's own text when it is not a known key. */
export function practiceLabel(practice: string): string {
  const found = PRACTICES.find((p) => p.key === practice);
  return found ? words().decks.practices[found.key] : practice;
}

/** Where a practice sorts among the built-ins: known keys in the brief's order, others last. */
export function practiceOrder(practice: string): number {
  const found = PRACTICES.find((p) => p.key === practice);
  return found ? found.number : PRACTICES.length;
}
