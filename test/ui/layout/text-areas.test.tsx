// Text areas at small sizes, read back through a headless terminal as the person typing sees them:
// on "Reflect back", "What was missed", the closing and the ledger's "A new question", in English
// and Spanish, at 40x12, 40x13 and 80x24, with several rows typed. The rows being typed are on the
// screen whole, no "more lines" hint is drawn into them, the rows the frame has free go to the
// text, no row starts with the space it was wrapped at, and "Did I get it?" says how to answer
// whole (or one named key away).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLedgerFile } from '../../../src/questions/ledger-file.js';
import { QuestionsApp } from '../../../src/ui/questions/QuestionsApp.js';
import { layoutFor } from '../../../src/ui/layout.js';
import { layoutText } from '../../../src/ui/text-area/index.js';
import { rowCount, rowText } from '../../../src/ui/text-area/layout.js';
import { setLanguage, words as catalogue } from '../../../src/words/index.js';
import { KEY, settle, setupSession, useFakeTime } from '../harness.js';
import { renderAt, sizeName, type Size } from './headless.js';
import {
  expectFits,
  expectTitle,
  flat,
  press,
  rowsOf,
  sessionApp,
  unreadable,
  type View,
} from './reading.js';

const SIZES: Size[] = [
  { columns: 40, rows: 12 },
  { columns: 40, rows: 13 },
  { columns: 80, rows: 24 },
];

const TYPED = {
  en: {
    reflection:
      'You said you felt invisible at home for a long time and that you did not know how to say it',
    missed:
      'that I was scared, and that I wanted to tell you for a long time but could not find a way',
    closing: 'that you told me the truth tonight even though it was hard, and that you stayed',
    question: 'Why did you not tell me when it started, and what did you feel then, at night?',
  },
  es: {
    reflection:
      'Dijiste que te sentiste invisible en casa mucho tiempo y que nadie te preguntó cómo estabas',
    missed: 'que tenía miedo, y que quería decírtelo desde hace mucho pero no encontraba la manera',
    closing: 'que me dijiste la verdad esta noche aunque costaba, y que te quedaste a mi lado',
    question: '¿Por qué no me lo dijiste cuando empezó, y qué sentías entonces, por las noches?',
  },
};

/** The rows the text area wraps a text into at this terminal size. */
function typedRows(text: string, size: Size): string[] {
  const layout = layoutText(text, layoutFor(size.columns, size.rows).width);
  return Array.from({ length: rowCount(layout) }, (_, row) => rowText(layout, row).trimEnd());
}

/** A "more lines" hint, in either language, or its arrows alone. */
const HINT = /[↑↓] \d+(?: [↑↓] \d+)?(?: (?:more lines?|líneas? más))?/u;

/**
 * What the person typing must see: the row the cursor is on, whole, and no hint drawn into the
 * cells of a row (a hint ends its row; nothing is written after it).
 */
async function expectTypedInView(view: View, size: Size, text: string, cursorRow: number) {
  const rows = (await rowsOf(view, size)).map((row) => row.trimEnd());
  const where = `at ${sizeName(size)}:\n${rows.join('\n')}`;
  for (const row of rows) {
    const hint = HINT.exec(row);
    if (hint) expect(row.endsWith(hint[0]), `a hint drawn over text ${where}`).toBe(true);
  }
  const wrapped = typedRows(text, size);
  const cursor = wrapped.at(cursorRow) ?? '';
  expect(cursor.length).toBeGreaterThan(0);
  expect(rows, `the row being typed, whole, ${where}`).toContain(cursor);
  const whole = wrapped.filter((row) => rows.includes(row));
  return { rows, whole, wrapped };
}

/** On a small terminal the text area takes the rows the frame has free: none is left blank. */
function expectNoIdleRows(rows: string[], size: Size, wrapped: string[], shown: string[]) {
  if (size.columns >= 80 || wrapped.length <= shown.length) return;
  const lastText = Math.max(...shown.map((row) => rows.lastIndexOf(row)));
  const footer = rows.findIndex((row) => /^Enter /.test(row));
  expect(
    rows.slice(lastText + 1, footer).filter((row) => row.trim() === ''),
    `rows left blank while the text had ${shown.length} of ${wrapped.length} at ${sizeName(size)}:\n${rows.join('\n')}`,
  ).toEqual([]);
}

/** Types a long text, checks it as typed and after ↑, and leaves it there. */
async function typeAndRead(view: View, size: Size, text: string) {
  // A word at a time, its space with it (a key at a time takes long, and shows nothing more).
  for (const word of text.match(/\S+\s*/g) ?? []) await press(view, word);
  const typed = await expectTypedInView(view, size, text, -1);
  expectNoIdleRows(typed.rows, size, typed.wrapped, typed.whole);
  expectFits(view, size);
  if (typed.wrapped.length > 1) {
    await press(view, KEY.up);
    await expectTypedInView(view, size, text, -2);
    await press(view, KEY.down);
  }
  return typed;
}

/** A talk past its ground rules, on screen. */
async function agreed(size: Size) {
  const app = sessionApp(size);
  const { view } = await app.render();
  app.store.dispatch({ type: 'agree', partner: 0 });
  app.store.dispatch({ type: 'agree', partner: 1 });
  return { app, view };
}

beforeEach(() => useFakeTime());
afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
});

describe.each(['en', 'es'] as const)('in %s', (lang) => {
  const typed = TYPED[lang];
  beforeEach(() => setLanguage(lang, lang === 'es' ? 'ES' : undefined));

  describe.each(SIZES)('at $columns x $rows', (size) => {
    it('"Reflect back", "Did I get it?" and "What was missed": every typed row readable', async () => {
      const said = catalogue();
      const { view } = await agreed(size);
      await settle();
      await press(view, KEY.enter);
      await expectTitle(view, size, said.listener.reflect.title);
      const reflect = await typeAndRead(view, size, typed.reflection);
      // Two rows of the text at least, even at the smallest size.
      expect(reflect.whole.length, `typed rows in view at ${sizeName(size)}`).toBeGreaterThan(1);

      await press(view, KEY.enter);
      await expectTitle(view, size, said.check.title);
      await press(view, '2');
      await expectTitle(view, size, said.check.title);
      const missed = await typeAndRead(view, size, typed.missed);
      expect(missed.whole.length).toBeGreaterThan(1);
      expect(
        await unreadable(view, size, `Ana${said.check.missedAsk} ${said.check.missedStem}`),
      ).toEqual([]);
    });

    it('the closing: each partner and each question, what is typed in view', async () => {
      const said = catalogue().closing;
      const { app, view } = await agreed(size);
      app.store.dispatch({ type: 'go-to-closing' });
      await settle();
      // Each partner's three questions, in the closing's own order.
      for (let asked = 0; asked < 6; asked++) {
        const step = app.store.getState().step;
        if (step.kind !== 'closing') throw new Error(`not the closing: ${step.kind}`);
        const [partner, other] = step.partner === 0 ? ['Ana', 'Ben'] : ['Ben', 'Ana'];
        await expectTitle(view, size, said.title);
        const ask = `${partner}, ${said.ask[step.field](other)} ${said.stems[step.field]}`;
        expect(await unreadable(view, size, ask), `${step.field} at ${sizeName(size)}`).toEqual([]);
        await typeAndRead(view, size, typed.closing);
        await press(view, KEY.enter);
      }
      expect(app.store.getState().step.kind).not.toBe('closing');
    });

    it('"A new question": the field in view before any page is turned, the note a key away', async () => {
      const said = catalogue();
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-areas-')), 'notes');
      const file = await openLedgerFile(dir);
      const { ui } = setupSession();
      const { view } = await renderAt(
        ui,
        <QuestionsApp
          file={file}
          now={() => new Date('2026-11-23T20:00:00Z')}
          names={['Ana', 'Ben']}
          onLeave={() => {}}
        />,
        size,
      );
      await press(view, 'n');
      await expectTitle(view, size, said.questions.newQuestion);
      expect(flat((await rowsOf(view, size)).join('\n'))).toContain(flat(said.common.typeHere));
      const question = await typeAndRead(view, size, typed.question);
      expect(question.whole.length, question.rows.join('\n')).toBeGreaterThanOrEqual(
        Math.min(2, question.wrapped.length),
      );
      expect(
        await unreadable(view, size, `${said.questions.write.ask} ${said.questions.writingNote}`),
      ).toEqual([]);
      // Turning the pages of the note keeps the field and its words in view, and every saying
      // of where the pages are is whole.
      for (let page = 0; page < 3; page++) {
        const rows = await rowsOf(view, size);
        expect(rows.filter((row) => /\p{L}…$/u.test(row.trimEnd())).join('\n')).not.toMatch(
          /(PgDn|AvPág|\bM\b)/,
        );
        await expectTypedInView(view, size, typed.question, -1);
        await press(view, '\u001B[6~');
      }
    });
  });
});

describe('"Did I get it?" with a long reflection', () => {
  const reflection = Array.from(
    { length: 60 },
    (_, i) => `you felt alone on day ${i + 1} and nobody asked`,
  ).join(', ');

  it.each([
    ['en', { columns: 80, rows: 24 }],
    ['es', { columns: 80, rows: 24 }],
    ['en', { columns: 40, rows: 12 }],
    ['es', { columns: 40, rows: 12 }],
  ] as const)(
    'in %s at %o, Enter with nothing chosen says how to answer whole, or a key away',
    async (lang, size) => {
      setLanguage(lang, lang === 'es' ? 'ES' : undefined);
      const said = catalogue().check;
      const { app, view } = await agreed(size);
      app.store.dispatch({ type: 'end-turn' });
      app.store.dispatch({ type: 'submit-reflection', text: reflection });
      await settle();
      await expectTitle(view, size, said.title);
      await press(view, KEY.enter);
      expectFits(view, size);
      const how = size.columns >= 80 ? said.choose('Ana', 'Ben') : said.chooseShort('Ana');
      const screen = flat((await rowsOf(view, size)).join('\n'));
      if (size.columns >= 80) {
        // At the size most terminals open at, on the screen at once, beside the reflection.
        expect(screen, screen).toContain(flat(how));
        expect(screen).toContain(flat(said.notYesHint('Ana')));
      } else {
        expect(await unreadable(view, size, how)).toEqual([]);
      }
    },
  );
});
