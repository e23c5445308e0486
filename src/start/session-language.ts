// A session goes on in the language it was held in: resumed under another locale (a Spanish
// couple on a laptop set to English), its screens, its farewell and its notes stay in it. Only
// `--lang` given for this run speaks another.
import type { InterruptedSession } from '../notes/journal.js';
import { langFlag } from '../words/choose-language.js';
import { language, region, setLanguage } from '../words/language.js';

/**
 * Speaks the language the sessions were held in, when they all name the same one and `--lang`
 * was not given. Sessions from before journals named it say nothing and change nothing.
 */
export function speakSessionsLanguage(
  sessions: readonly Pick<InterruptedSession, 'language'>[],
  argv: readonly string[] = process.argv,
): void {
  if (langFlag(argv) !== undefined || sessions.length === 0) return;
  const spoken = new Set(sessions.map((session) => session.language));
  const [only] = spoken;
  if (spoken.size !== 1 || only === undefined || only === language()) return;
  setLanguage(only, region());
}
