// Which prebuilt help answers `talkturn --help`: bin/talkturn.cjs answers it from a file the
// build wrote for each language and crisis-line country, so it needs no bundle. Built on its
// own into dist/help-file.cjs (scripts/build.mjs), so the language is chosen in one place.
import { chooseLanguage, type LanguageChoice } from '../words/choose-language.js';
import { LANGUAGES } from '../words/language.js';
import { savedLanguage } from '../config/saved-language.js';

/** The countries with lines of their own (src/words/crisis-lines.ts); "ZZ" stands for others. */
export const HELP_REGIONS = ['ES', 'MX', 'US'] as const;
const ELSEWHERE = 'ZZ';

/** Every language and region a help file is written for, as `--lang` would name it. */
export function helpVariants(): string[] {
  return LANGUAGES.flatMap((lang) =>
    ['', ...HELP_REGIONS, ELSEWHERE].map((region) => (region ? `${lang}-${region}` : lang)),
  );
}

/** "help-es-ES.txt": the file for this choice. */
export function helpFileName(choice: LanguageChoice): string {
  const { region } = choice;
  const known = (HELP_REGIONS as readonly string[]).includes(region ?? '');
  const suffix = region === undefined ? '' : `-${known ? region : ELSEWHERE}`;
  // words-ok: a file name the build writes, not words
  return `help-${choice.language}${suffix}.txt`;
}

/** The help file for a `talkturn --help` with no --lang, from the setting and the system. */
export function helpFileForStart(env: Record<string, string | undefined>): string {
  return helpFileName(chooseLanguage({ setting: savedLanguage(env), env }));
}
