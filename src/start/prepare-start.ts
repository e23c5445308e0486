// Everything about a start that can be checked before the interface loads: the deck and the names.
import { configDir } from '../config/paths.js';
// The library, not the index: parsing (YAML, the schema) loads only if a deck file is really read.
import { DEFAULT_DECK_ID, listDecks, loadDeck } from '../decks/library.js';
import { DeckError, type Deck } from '../decks/types.js';
import { UsageError } from '../errors.js';
import { notesDir } from '../config/paths.js';
import { ledgerMayHaveOpen } from '../questions/ledger-peek.js';
import { questionsDeck, YOUR_QUESTIONS_ID } from '../questions/talk.js';
import { langFlag } from '../words/choose-language.js';
import { words } from '../words/index.js';
import { inLanguage, language as current, LANGUAGES, type Language } from '../words/language.js';
import { savedLanguage } from '../config/saved-language.js';

/** What `talkturn start` was asked for, once its flags are checked (cli/start-options.ts). */
export interface StartOptions {
  names?: string[];
  deck?: string;
  turnMs?: number;
  rounds?: number;
  maxMs?: number;
  quiet: boolean;
  notesDir?: string;
  /** Lock the notes and the autosave with a passphrase (asked on the terminal, never a flag). */
  encrypt: boolean;
}

export interface PreparedStart {
  options: StartOptions;
  configDir: string;
  /** The deck to use, or undefined when the guided set-up lets the couple choose. */
  deck?: Deck;
  /** The decks to choose from in the guided set-up. */
  decks: Deck[];
  /**
   * The guided set-up offers the language once, when neither --lang nor the setting chose it:
   * then the decks to choose from in each language are here.
   */
  decksByLanguage?: Partial<Record<Language, Deck[]>>;
}

export async function prepareStart(
  options: StartOptions,
  mode: 'guided' | 'start' | 'resume',
): Promise<PreparedStart> {
  const config = configDir();
  if (mode === 'resume') return { options, configDir: config, decks: [] };
  const chooseLater = mode === 'guided' && !options.deck;
  const deck = chooseLater ? undefined : await resolveDeck(options.deck ?? DEFAULT_DECK_ID, config);
  if (deck && options.names) checkNamesFit(options.names, deck);
  const offerQuestions = !deck && ledgerMayHaveOpen(notesDir(options.notesDir));
  const choices = async (language: Language = current()) => {
    if (deck) return [];
    const listed = (await listDecks({ configDir: config, language })).decks;
    // The guided start offers a talk from the questions when any are open.
    return offerQuestions ? [...listed, inLanguage(language, questionsDeck)] : listed;
  };
  const decks = await choices();
  const askLanguage =
    mode === 'guided' && langFlag(process.argv) === undefined && savedLanguage() === undefined;
  if (!askLanguage) return { options, configDir: config, deck, decks };
  const decksByLanguage: Partial<Record<Language, Deck[]>> = {};
  for (const language of LANGUAGES) decksByLanguage[language] = await choices(language);
  return { options, configDir: config, deck, decks, decksByLanguage };
}

async function resolveDeck(ref: string, config: string): Promise<Deck> {
  if (ref === YOUR_QUESTIONS_ID) return questionsDeck();
  try {
    return await loadDeck(ref, { configDir: config });
  } catch (error) {
    if (error instanceof DeckError) throw new UsageError(error.message);
    throw error;
  }
}

function checkNamesFit(names: string[], deck: Deck): void {
  if (deck.solo && names.length !== 1) {
    throw new UsageError(words().cli.errors.soloNames(deck.title));
  }
  if (!deck.solo && names.length !== 2) {
    throw new UsageError(words().cli.errors.twoNames);
  }
}
