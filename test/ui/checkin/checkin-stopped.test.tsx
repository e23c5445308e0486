// A check-in stopped part way writes what was answered, and for what nobody reached says so
// plainly: never "I would rather not say" (that is what a person says by pressing N), in either
// language. Read from the note file itself.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCheckinFrontMatter, saveCheckin } from '../../../src/notes/index.js';
import { LayoutProvider } from '../../../src/ui/components/LayoutProvider.js';
import { initialCheckinFlow } from '../../../src/ui/checkin/checkin-flow.js';
import { createCheckinStore } from '../../../src/ui/checkin/checkin-store.js';
import { CheckinFlow } from '../../../src/ui/checkin/CheckinFlow.js';
import { setLanguage } from '../../../src/words/index.js';
import { KEY, settle, typeKeys, useFakeTime } from '../harness.js';

beforeEach(() => useFakeTime());
afterEach(() => {
  vi.useRealTimers();
  setLanguage('en', 'US');
});

function checkin(names: [string, string]) {
  const notesDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'talkturn-stopped-')), 'notes');
  const store = createCheckinStore(
    initialCheckinFlow({ names, showSafety: false, dateIso: '2026-11-25T21:05:00+01:00' }),
  );
  const view = render(
    <LayoutProvider>
      <CheckinFlow
        store={store}
        rememberedNames={[]}
        save={(c, folder) => saveCheckin({ checkin: c, notesDir: folder ?? notesDir }).path}
        onFarewell={() => {}}
      />
    </LayoutProvider>,
  );
  const note = () => {
    const [file] = readdirSync(notesDir).filter((name) => name.endsWith('.md'));
    return readFileSync(path.join(notesDir, file ?? 'missing'), 'utf8');
  };
  return { view, note };
}

async function press(view: ReturnType<typeof render>, keys: string) {
  view.stdin.write(keys);
  await settle();
}

/** The part of the note under one partner's heading. */
const partOf = (markdown: string, name: string) =>
  markdown.split(`## ${name}\n`)[1]?.split('\n## ')[0] ?? '';

describe('a check-in stopped part way', () => {
  it('says nothing for a partner nobody asked, and no number for one who never chose it', async () => {
    const { view, note } = checkin(['Ann', 'Bo']);
    await settle();
    await press(view, KEY.enter); // Ann: appreciated, left empty
    await typeKeys(view.stdin, 'x');
    await press(view, KEY.ctrlC);
    const markdown = note();
    expect(markdown).not.toContain('rather not say');
    expect(parseCheckinFrontMatter(markdown)).toMatchObject({
      safeAndClose: [null, null],
      completed: false,
      notReached: [1, 2],
    });
    const ann = partOf(markdown, 'Ann');
    expect(ann).toContain(
      'How safe and close I feel today: *we stopped before this was answered.*',
    );
    expect(ann).toContain(
      'Something I appreciated today:\n\n<!-- talkturn:appreciated by=1 -->\n*Nothing written.*',
    );
    expect(ann).toContain('> x');
    expect(ann).toContain('One thing I need:\n\n*We stopped before this question.*');
    expect(partOf(markdown, 'Bo').trim()).toBe(
      '*We stopped before this turn: nothing was asked here.*',
    );
  });

  it('keeps a "rather not say" that was said, and the number of one who chose it', async () => {
    const { view, note } = checkin(['Ann', 'Bo']);
    await settle();
    for (let i = 0; i < 3; i++) await press(view, KEY.enter);
    await press(view, 'n'); // Ann would rather not say
    await press(view, KEY.enter); // Bo: appreciated, left empty; Ctrl+C on what stirred
    await press(view, KEY.ctrlC);
    const markdown = note();
    expect(parseCheckinFrontMatter(markdown)).toMatchObject({
      safeAndClose: [null, null],
      notReached: [2],
    });
    expect(partOf(markdown, 'Ann')).toContain(
      'How safe and close I feel today: I would rather not say.',
    );
    const bo = partOf(markdown, 'Bo');
    expect(bo).not.toContain('rather not say');
    expect(bo).toContain('Something I appreciated today:\n\n<!-- talkturn:appreciated by=2 -->');
    expect(bo).toContain('Anything that stirred up the hurt:\n\n<!-- talkturn:stirred by=2 -->');
    expect(bo).toContain('One thing I need:\n\n*We stopped before this question.*');
  });

  it('in Spanish too: nothing is said for Beñat, who was never asked', async () => {
    setLanguage('es', 'ES');
    const { view, note } = checkin(['AnaRoja', 'Beñat']);
    await settle();
    for (let i = 0; i < 3; i++) await press(view, KEY.enter);
    await press(view, '6');
    await press(view, KEY.ctrlC);
    const markdown = note();
    expect(markdown).not.toContain('prefiero no decirlo');
    expect(partOf(markdown, 'AnaRoja')).toContain(
      'Cuánta seguridad y cercanía siento hoy, de 1 a 10: 6.',
    );
    const benat = partOf(markdown, 'Beñat');
    expect(benat).toContain(
      'Cuánta seguridad y cercanía siento hoy: *paramos antes de que se respondiera.*',
    );
    expect(benat).toContain(
      'Algo que removió el dolor:\n\n*Paramos antes de llegar a esta pregunta.*',
    );
    expect(parseCheckinFrontMatter(markdown)).toMatchObject({
      safeAndClose: [6, null],
      notReached: [2],
    });
  });
});
