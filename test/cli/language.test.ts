// The language and the crisis lines' country on the command line: --lang, the setting, LANG.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

describe('talkturn in the language of the system, the setting or --lang', () => {
  it('answers --help in Spanish, with the lines of Spain, under LANG=es_ES.UTF-8', () => {
    const { code, stdout } = runCli(['--help'], { LANG: 'es_ES.UTF-8' });
    expect(code).toBe(0);
    expect(stdout).toContain('talkturn no es terapia');
    for (const number of ['112', '016', '024']) expect(stdout).toContain(number);
    expect(stdout).not.toContain('988');
  });

  it("gives commander's headings and each command's help in Spanish too", () => {
    const top = runCli(['--help'], { LANG: 'es_ES.UTF-8' }).stdout;
    for (const heading of ['Uso:', 'Opciones:', 'Órdenes:']) expect(top).toContain(heading);
    expect(top).toContain('start [opciones]');
    const start = runCli(['start', '--help'], { LANG: 'es_ES.UTF-8' }).stdout;
    expect(start).toContain('--names <nombres>');
    expect(start).toContain('--turn <duración>');
    for (const english of [
      /Usage:/,
      /Options:/,
      /Commands:/,
      /\[options\]/,
      /<names>|<length>|<dir>/,
    ]) {
      expect(top).not.toMatch(english);
      expect(start).not.toMatch(english);
    }
    const forget = runCli(['forget', '--help'], { LANG: 'es_ES.UTF-8' }).stdout;
    expect(forget).toContain('Argumentos:');
    expect(forget).toContain('[charlas...]');
  });

  it('answers --help with the lines of Mexico under es_MX, and the same with --lang', () => {
    const fast = runCli(['--help'], { LANG: 'es_MX.UTF-8' }).stdout;
    expect(fast).toContain('800 911 2000');
    expect(runCli(['--help', '--lang', 'es'], { LANG: 'es_MX.UTF-8' }).stdout).toBe(fast);
  });

  it('follows the "language" setting', () => {
    const config = runCli(['--version']).home;
    const dir = path.join(config, 'config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'settings.json'), '{"language":"es"}');
    const { stdout } = runCli(['--help'], { HOME: config, LANG: 'C', TALKTURN_CONFIG_DIR: dir });
    expect(stdout).toContain('talkturn no es terapia');
  });

  it('lists the Spanish decks under LANG=es_ES.UTF-8, and the English ones with --lang en', () => {
    const spanish = runCli(['decks'], { LANG: 'es_ES.UTF-8' });
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toContain('Las preguntas difíciles');
    expect(spanish.stdout).not.toContain('The hard questions');
    expect(runCli(['decks', '--lang', 'en'], { LANG: 'es_ES.UTF-8' }).stdout).toContain(
      'The hard questions',
    );
  });

  it('takes --lang on a command, after the command', () => {
    const { code, stdout } = runCli(['decks', '--lang', 'en'], { LANG: 'es_ES.UTF-8' });
    expect(code).toBe(0);
    expect(stdout).toContain('hard-questions');
  });

  it('says an unknown --lang in one sentence and exits 2', () => {
    const { code, stdout, stderr } = runCli(['decks', '--lang', 'xx'], { LANG: 'C' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'talkturn does not speak "xx" yet: use --lang en for English or --lang es for Spanish.\n',
    );
  });

  it('says --lang needs a value when none follows it, in the language found', () => {
    expect(runCli(['decks', '--lang'], { LANG: 'C' }).stderr).toBe(
      '--lang needs a value after it, like --lang es.\n',
    );
    const spanish = runCli(['decks', '--lang'], { LANG: 'es_ES.UTF-8' });
    expect(spanish.code).toBe(2);
    expect(spanish.stderr).toBe('--lang necesita un valor después, como --lang es.\n');
  });
});
