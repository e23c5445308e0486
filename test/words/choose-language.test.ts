// How talkturn picks its language and the crisis lines' country at start-up.
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  langFlag,
  parseLocale,
  UnknownLanguageError,
} from '../../src/words/choose-language.js';
import { helpFileName } from '../../src/cli/help-file.js';
import { language, region, setLanguage, words } from '../../src/words/index.js';
import { startLanguage } from '../../src/cli/language-option.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

afterEach(() => setLanguage('en'));

describe('reading a locale', () => {
  it.each([
    ['es_ES.UTF-8', { language: 'es', region: 'ES' }],
    ['es', { language: 'es' }],
    ['es-MX', { language: 'es', region: 'MX' }],
    ['es_US.utf8@euro', { language: 'es', region: 'US' }],
    ['en_US', { language: 'en', region: 'US' }],
    ['C', { language: 'c' }],
    ['POSIX', { language: 'c' }],
    ['C.UTF-8', { language: 'c' }],
  ])('%s', (text, parts) => {
    expect(parseLocale(text)).toEqual(parts);
  });

  it('refuses what is not a locale', () => {
    expect(parseLocale('spanish please')).toBeNull();
    expect(parseLocale('')).toBeNull();
  });
});

describe('choosing the language', () => {
  it('takes the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty', () => {
    const env = { LC_ALL: '', LC_MESSAGES: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' };
    expect(chooseLanguage({ env })).toEqual({ language: 'es', region: 'MX' });
    expect(chooseLanguage({ env: { LC_ALL: 'C', LANG: 'es_ES.UTF-8' } })).toEqual({
      language: 'en',
    });
    expect(chooseLanguage({ env: { LANG: 'es_ES.UTF-8' } })).toEqual({
      language: 'es',
      region: 'ES',
    });
  });

  it('speaks English for a language talkturn lacks, keeping the country', () => {
    expect(chooseLanguage({ env: { LANG: 'fr_FR.UTF-8' } })).toEqual({
      language: 'en',
      region: 'FR',
    });
    expect(chooseLanguage({ env: {} })).toEqual({ language: 'en' });
  });

  it('lets the setting win over the system, and --lang over both', () => {
    const env = { LANG: 'en_US.UTF-8' };
    expect(chooseLanguage({ setting: 'es', env })).toEqual({ language: 'es', region: 'US' });
    expect(chooseLanguage({ flag: 'en', setting: 'es', env })).toEqual({
      language: 'en',
      region: 'US',
    });
    expect(chooseLanguage({ flag: 'es-MX', env })).toEqual({ language: 'es', region: 'MX' });
  });

  it('ignores a setting it does not know, but refuses an unknown --lang by name', () => {
    expect(chooseLanguage({ setting: 'klingon', env: { LANG: 'es_ES' } }).language).toBe('es');
    expect(() => chooseLanguage({ flag: 'xx', env: {} })).toThrow(UnknownLanguageError);
    expect(() => chooseLanguage({ flag: 'fr', env: {} })).toThrow(UnknownLanguageError);
  });

  it('finds --lang anywhere before --', () => {
    expect(langFlag(['node', 'talkturn', 'decks', '--lang', 'es'])).toBe('es');
    expect(langFlag(['node', 'talkturn', '--lang=es-MX', 'history'])).toBe('es-MX');
    expect(langFlag(['node', 'talkturn', 'forget', '--', '--lang'])).toBeUndefined();
  });
});

describe('at start-up', () => {
  const noConfig = () => ({ TALKTURN_CONFIG_DIR: mkdtempSync(path.join(os.tmpdir(), 'tt-')) });

  it('sets the language and country before any word is made', () => {
    startLanguage(['node', 'talkturn'], { ...noConfig(), LANG: 'es_ES.UTF-8' });
    expect([language(), region()]).toEqual(['es', 'ES']);
    expect(words().common.timeUp).toBe('Se acabó el tiempo. Termina tu idea y pulsa Enter.');
  });

  it('reads the "language" setting', () => {
    const env = noConfig();
    writeFileSync(path.join(env.TALKTURN_CONFIG_DIR, 'settings.json'), '{"language":"es"}');
    startLanguage(['node', 'talkturn'], { ...env, LANG: 'C' });
    expect(language()).toBe('es');
  });

  it('says an unknown --lang in one sentence, in the language it found', () => {
    expect(() =>
      startLanguage(['node', 'talkturn', '--lang', 'xx'], { ...noConfig(), LANG: 'es_MX' }),
    ).toThrow('talkturn aún no habla "xx": usa --lang es para español o --lang en para inglés.');
    expect(() => startLanguage(['node', 'talkturn', '--lang', 'de'], noConfig())).toThrow(
      'talkturn does not speak "de" yet: use --lang en for English or --lang es for Spanish.',
    );
  });

  it('picks the prebuilt help for the language and its country', () => {
    expect(helpFileName({ language: 'es', region: 'ES' })).toBe('help-es-ES.txt');
    expect(helpFileName({ language: 'en' })).toBe('help-en.txt');
    expect(helpFileName({ language: 'en', region: 'GB' })).toBe('help-en-ZZ.txt');
  });
});

describe('the locale Intl formats with', () => {
  it('is that of the country for Spanish, and one English everywhere', async () => {
    const { locale } = await import('../../src/words/language.js');
    setLanguage('es', 'MX');
    expect(locale()).toBe('es-MX');
    setLanguage('es');
    expect(locale()).toBe('es-ES');
    setLanguage('en', 'US');
    expect(locale()).toBe('en-GB');
  });
});
