// Below 40x12, the smallest window talkturn draws its screens in, one sentence asks for a bigger
// one, and no key but Ctrl+C, Ctrl+L and Ctrl+P reaches a screen nobody can see: Enter cannot pass
// the crisis lines unread. Made bigger, the screen is there as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

describe('a window smaller than 40x12', () => {
  it.each([
    [
      'C.UTF-8',
      'This window is too small. Make it at least 40 by 12 to go on.',
      'Before you start',
    ],
    ['es_ES.UTF-8', 'La ventana es demasiado pequeña.', 'Antes de empezar'],
  ])(
    'says so in one sentence, holds Enter, and shows the screen once bigger (%s)',
    async (lang, sentence, title) => {
      const term = startTalkturn(['start', '--names', 'Ana,Ben'], {
        cols: 30,
        rows: 8,
        env: { LANG: lang },
      });
      const flat = () => term.screen().replace(/\s+/g, ' ');
      await term.waitFor(() => flat().includes(sentence));
      expect(term.screen()).not.toContain(title);
      // Every row fits: nothing runs past the window's edge or off its foot.
      const rows = term.screen().split('\n');
      expect(rows.filter((row) => row.trim()).length).toBeLessThan(8);
      term.write(ENTER);
      term.write('x');
      term.resize(40, 12);
      await term.waitFor(title);
      // Enter did not go past the first screen: its crisis lines are there to read.
      expect(term.screen()).toContain(lang === 'C.UTF-8' ? '988' : '112');
      expect(term.screen()).not.toContain('This window is too small');
      term.write('\u0003');
      await term.exited;
    },
    30_000,
  );
});
