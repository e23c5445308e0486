// `--help` is laid out for 80 columns (the prebuilt files bin/talkturn.cjs answers from): no row
// is longer, so an 80-column terminal never breaks a word, a crisis line least of all.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

const widest = (text: string) => Math.max(...text.split('\n').map((row) => stringWidth(row)));

describe('--help', () => {
  it.each(['en', 'en-US', 'es', 'es-ES', 'es-MX', 'es-US'])(
    'keeps to 80 columns, crisis lines wrapped at words (%s)',
    async (lang) => {
      const { stdout } = await runCli(['--help', '--lang', lang]);
      expect(stdout).toContain(lang.startsWith('es') ? 'talkturn no es terapia' : 'not therapy');
      expect(widest(stdout)).toBeLessThanOrEqual(80);
    },
  );
});
