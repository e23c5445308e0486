// Chooses the language once, at start-up, before any word is made: `--lang`, else the
// "language" setting, else the system's locale (src/words/choose-language.ts says how).
import { savedLanguage } from '../config/saved-language.js';
import { chooseLanguage, langFlag, UnknownLanguageError } from '../words/choose-language.js';
import { setLanguage, words } from '../words/index.js';
import { UsageError } from '../errors.js';

/** Sets the language for this run; an unknown `--lang` is one sentence, in the language found. */
export function startLanguage(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): void {
  const setting = savedLanguage(env);
  const found = chooseLanguage({ setting, env });
  setLanguage(found.language, found.region);
  const flag = langFlag(argv);
  if (flag === undefined) return;
  // `--lang` at the end, with nothing after it: say what it needs, not that "" is unknown.
  if (flag.trim() === '')
    throw new UsageError(words().cli.errors.missingValue('--lang', '--lang es'));
  try {
    const chosen = chooseLanguage({ flag, setting, env });
    setLanguage(chosen.language, chosen.region);
  } catch (error) {
    if (error instanceof UnknownLanguageError) {
      throw new UsageError(words().languages.unknownLang(error.given));
    }
    throw error;
  }
}
