// Every word talkturn shows or writes comes from here: `words()` is the catalogue of the
// language chosen at start-up. Read it when the words are needed (in a render, a function),
// never at module load. Dates, durations, counts and lists: `./format.ts`.
import { en } from './en/index.js';
import { es } from './es/index.js';
import { language, type Language } from './language.js';

/** The shape every language fills in: the English catalogue's, with its words as plain strings. */
export type Catalogue = typeof en;

const CATALOGUES: Record<Language, Catalogue> = { en, es };

/** The words of the current language. */
export function words(): Catalogue {
  return CATALOGUES[language()];
}

export {
  language,
  locale,
  region,
  setLanguage,
  isLanguage,
  LANGUAGES,
  type Language,
} from './language.js';
