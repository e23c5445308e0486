// Which language talkturn speaks in this process, and for which region (the crisis lines differ
// by country). Set once at start-up, before anything is drawn or written; read lazily everywhere
// else (never at module load, so that the choice made at start-up is the one every word follows).
// How the choice is made from --lang, the setting and the system: ./choose-language.ts.

/** The languages talkturn has a catalogue for. English is the source every other follows. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale `Intl` formats with, for each language. English dates read "Tuesday 24 November". */
const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

let current: Language = 'en';
/** An ISO 3166 country code such as "ES", "MX" or "US", when the locale names one. */
let currentRegion: string | undefined;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function setLanguage(language: Language, region?: string): void {
  current = language;
  currentRegion = region;
}

export function language(): Language {
  return current;
}

/** The country the person's locale names ("ES" for es_ES.UTF-8), or undefined. */
export function region(): string | undefined {
  return currentRegion;
}

/** Whether Intl knows a locale, asked once for each (the ICU lookup is not free). */
const known = new Map<string, boolean>();
function intlKnows(tag: string): boolean {
  let yes = known.get(tag);
  if (yes === undefined) {
    yes = Intl.NumberFormat.supportedLocalesOf(tag).length > 0;
    known.set(tag, yes);
  }
  return yes;
}

/**
 * The BCP 47 locale `Intl` formats this language with. Spanish follows the country where one is
 * known ("es-MX" writes 1,234 where "es-ES" writes 1234); English keeps one form everywhere.
 */
export function locale(language_: Language = current): string {
  if (language_ === 'es' && currentRegion && intlKnows(`es-${currentRegion}`)) {
    return `es-${currentRegion}`;
  }
  return LOCALES[language_];
}

/** What `make` says in another language, made at once; the current language stays as it was. */
export function inLanguage<T>(language_: Language, make: () => T): T {
  const was = current;
  current = language_;
  try {
    return make();
  } finally {
    current = was;
  }
}
