// The real program under LANG=es_ES.UTF-8: the first screen shows the lines of Spain, even at
// 40x12; the guided set-up offers the language once and remembers it; the decks are Spanish.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

describe('talkturn in Spanish, from the system locale', () => {
  it('shows the lines of Spain first at 40x12, then offers the language once', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-es-'));
    const env = { LANG: 'es_ES.UTF-8' };
    const term = startTalkturn([], { cols: 40, rows: 12, env, home });
    await term.waitFor('024');
    for (const line of ['112', '016', '024']) expect(term.screen()).toContain(line);
    expect(term.screen()).not.toContain('988');
    term.write(ENTER);
    await term.waitFor('Language · Idioma');
    expect(term.screen()).toContain('› 2. Español');
    term.write(ENTER);
    await term.waitFor('Una primera charla tranquila');
    term.write('\u0003');
    await term.exited;

    const settings = path.join(home, 'config', 'settings.json');
    expect(existsSync(settings)).toBe(true);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toMatchObject({ language: 'es' });

    // Asked once: the next start is in Spanish even under LANG=C, and goes on to the decks.
    const again = startTalkturn([], { cols: 80, rows: 24, env: { LANG: 'C' }, home });
    await again.waitFor('No es para una relación');
    again.write(ENTER);
    await again.waitFor('Las preguntas difíciles');
    expect(again.screen()).not.toContain('Language · Idioma');
    again.write('\u0003');
    await again.exited;
  });
});
