// The practices the built-in decks serve (from the project brief), keyed for deck front matter.

export interface Practice {
  key: string;
  /** 1 to 10 for the ten practices; 0 for "start where you are", the first step before them. */
  number: number;
  label: string;
}

export const PRACTICES: readonly Practice[] = [
  { key: 'start-where-you-are', number: 0, label: 'Start where you are' },
  { key: 'stop-pretending', number: 1, label: 'Stop pretending it is fine' },
  { key: 'hard-questions', number: 2, label: 'Ask the hard questions, and listen' },
  { key: 'safety-first', number: 3, label: 'Safety before intimacy' },
  { key: 'grief-in-waves', number: 4, label: 'Grief without a deadline' },
  { key: 'what-trust-looks-like', number: 5, label: 'Define what trust looks like now' },
  { key: 'own-your-part', number: 6, label: 'Own your part without excuses' },
  { key: 'show-up-every-day', number: 7, label: 'Show up every day' },
  { key: 'new-memories', number: 8, label: 'Build new memories' },
  { key: 'let-it-be-awkward', number: 9, label: 'Let love feel awkward' },
  { key: 'healing-over-winning', number: 10, label: 'Choose healing over winning' },
];

/** The practice's readable name for a key, or the deck's own text when it is not a known key. */
export function practiceLabel(practice: string): string {
  return PRACTICES.find((p) => p.key === practice)?.label ?? practice;
}

/** Where a practice sorts among the built-ins: known keys in the brief's order, others last. */
export function practiceOrder(practice: string): number {
  const found = PRACTICES.find((p) => p.key === practice);
  return found ? found.number : PRACTICES.length;
}
