// The language and region talkturn starts in: `--lang`, else the "language" setting, else the
// system's locale (LC_ALL, LC_MESSAGES, LANG: the first one set and not empty wins, as POSIX
// says); English for "C", "POSIX", nothing at all, and any language talkturn does not have.
import { isLanguage, type Language } from './language.js';

export interface LanguageChoice {
  language: Language;
  /** The country for the crisis lines ("ES", "MX", "US"), when some locale names one. */
  region?: string;
}

/** A locale as it was written, taken apart: "es_ES.UTF-8@euro" → es, ES. */
export interface LocaleParts {
  /** Lowercase, such as "es"; "c" for the C and POSIX locales. */
  language: string;
  region?: string;
}

/** "es_ES.UTF-8", "es-MX", "ES", "en_US" → language and region; null for text that is not one. */
export function parseLocale(text: string): LocaleParts | null {
  const bare = text.trim().split(/[.@]/)[0] ?? '';
  if (/^(c|posix)$/i.test(bare)) return { language: 'c' };
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(bare);
  if (!match) return null;
  const [, lang = '', country] = match;
  return { language: lang.toLowerCase(), ...(country ? { region: country.toUpperCase() } : {}) };
}

/** The locale the system names, read as POSIX does: LC_ALL, then LC_MESSAGES, then LANG. */
export function systemLocale(env: Record<string, string | undefined>): LocaleParts | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return parseLocale(value);
  }
  return null;
}

export class UnknownLanguageError extends Error {
  constructor(readonly given: string) {
    super(`talkturn has no language "${given}"`);
    this.name = 'UnknownLanguageError';
  }
}

/**
 * The language to speak. `flag` is `--lang` as typed: one talkturn lacks throws
 * UnknownLanguageError (the person asked for it by name); a setting or a system locale it lacks
 * quietly means English. The region comes from the choice itself when it names one
 * ("--lang es-MX"), else from the system's locale (a Spanish speaker in the US sees US lines).
 */
export function chooseLanguage(given: {
  flag?: string;
  setting?: string;
  env: Record<string, string | undefined>;
}): LanguageChoice {
  const system = systemLocale(given.env);
  const pick = (parts: LocaleParts): LanguageChoice | null => {
    if (!isLanguage(parts.language)) return null;
    const region = parts.region ?? system?.region;
    return { language: parts.language, ...(region ? { region } : {}) };
  };
  if (given.flag !== undefined) {
    const parts = parseLocale(given.flag);
    const chosen = parts && pick(parts);
    if (!chosen) throw new UnknownLanguageError(given.flag);
    return chosen;
  }
  const setting = given.setting ? parseLocale(given.setting) : null;
  const fromSetting = setting && pick(setting);
  if (fromSetting) return fromSetting;
  const fromSystem = system && pick(system);
  if (fromSystem) return fromSystem;
  return { language: 'en', ...(system?.region ? { region: system.region } : {}) };
}

/** `--lang X` or `--lang=X` anywhere on the command line, before commander reads it. */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') found = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}
