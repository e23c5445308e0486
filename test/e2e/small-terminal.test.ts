// The real program at 40x12, the smallest size it promises: the crisis lines on the first screen,
// every choice of the role question and the pause, and the floor's guidance one named key away.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER, toReflection } from './flows.js';
import { startTalkturn } from './terminal.js';

beforeAll(ensureBuilt);

describe('a 40x12 terminal', () => {
  it('shows what a couple needs, whole or one named key away', async () => {
    const term = startTalkturn(['start', '--names', 'Ana,Ben', '--deck', 'hard-questions'], {
      cols: 40,
      rows: 12,
    });
    await term.waitFor('Before you start');
    for (const line of ['1-800-799-7233', '988', 'emergency number']) {
      expect(term.screen()).toContain(line);
    }
    term.write(ENTER);
    await term.waitFor('One gentle question');
    for (const choice of [
      '1. Ana is repairing trust',
      '2. Ben is repairing',
      '3. We would rather not say',
    ]) {
      expect(term.screen()).toContain(choice);
    }
    term.write('3');
    await term.waitFor('Ground rules');
    term.write('1');
    await term.waitFor('Ana agrees ✓');
    term.write('2');
    await term.waitFor('Ana has the floor');
    // The first prompt's guidance is long: its rest is a page away, and the footer says how.
    expect(term.screen()).toContain('M more');
    expect(term.screen()).toMatch(/…$/m);
    let pages = term.screen();
    for (let page = 0; page < 12 && !pages.includes('or skip it.'); page++) {
      const before = term.screen();
      term.write('m');
      await term.waitFor((screen) => screen !== before);
      pages += term.screen();
    }
    expect(pages).toContain('or skip it.');
    term.write('p');
    await term.waitFor('Paused');
    term.write('1');
    await term.waitFor('Stop for today and save');
    for (const choice of ['1. Ana is ready', '2. Ben is ready', 'A longer break']) {
      expect(term.screen()).toContain(choice);
    }
    term.write('\u0003');
    await term.exited;
  }, 30_000);

  it('shows the words being typed on "Reflect back", with no hint drawn over them', async () => {
    const term = startTalkturn(
      ['start', '--names', 'Ana,Ben', '--deck', 'hard-questions', '--turn', '20s'],
      { cols: 40, rows: 12 },
    );
    await toReflection(term);
    await term.waitFor('Reflect back');
    await term.type(
      'You said you felt invisible at home for a long time and that you did not know how to say it',
    );
    await term.waitFor('know how to say it');
    const rows = term.screen().split('\n');
    // The row being typed and the one above it, whole; the hint sits beside "What I heard is…".
    expect(rows).toContain('for a long time and that you did not');
    expect(rows.map((row) => row.trimEnd())).toContain('know how to say it');
    for (const row of rows.filter((r) => /more lines?/.test(r))) {
      expect(row.trimEnd()).toMatch(/more lines?$/);
    }
    term.write('\u0003');
    await term.exited;
  }, 30_000);
});
