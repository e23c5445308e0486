// Prompt decks: loading, validating and listing the built-in and user decks.
export type { Deck, DeckProblem, DeckSource, ParseResult } from './types.js';
export { DeckError, formatProblem } from './types.js';
export { parseDeck } from './parse.js';
export { builtinDecksDir, userDecksDir } from './locate.js';
export { DEFAULT_DECK_ID, listDecks, loadDeck } from './library.js';
export { runDecksCommand, type DecksCommandOptions } from './command.js';
export { PRACTICES, practiceLabel, type Practice } from './practices.js';
