// Which language talkturn speaks in this process. Set once at start-up, before anything is drawn
// or written; read lazily everywhere else (never at module load, so that the choice made at
// start-up is the one every word follows).

/** The languages talkturn has a catalogue for. English is the source every other follows. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale `Intl` formats with, for each language. English dates read "Tuesday 24 November". */
const LOCALES: Record<Language, string> = { en: 'en-GB' };

let current: Language = 'en';

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

/** The BCP 47 locale `Intl` formats this language with. */
export function locale(language_: Language = current): string {
  return LOCALES[language_];
}
