// The layout matrix in Spanish, which runs about a fifth longer than English: at 40x12 and 80x24
// the crisis lines of Spain are on the first screen, the language is offered with every choice
// in view, every Spanish deck can be chosen, and every Spanish prompt's guidance can be read.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listDecks, type Deck } from '../../../src/decks/index.js';
import { Setup } from '../../../src/ui/setup/Setup.js';
import { setLanguage, words as catalogue } from '../../../src/words/index.js';
import { KEY, setupSession, useFakeTime } from '../harness.js';
import { renderAt, sizeName, type Size } from './headless.js';
import {
  expectEveryChoice,
  expectFits,
  flat,
  pastGroundRules,
  press,
  screenOf,
  unreadable,
  words,
} from './reading.js';

const SPANISH_SIZES: Size[] = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
];

let decks: Deck[] = [];
beforeAll(async () => {
  setLanguage('es', 'ES');
  decks = (await listDecks({})).decks;
});
afterAll(() => setLanguage('en'));
beforeEach(() => {
  useFakeTime();
  setLanguage('es', 'ES');
});
afterEach(() => vi.useRealTimers());

describe.each(SPANISH_SIZES)('en español, at $columns x $rows', (size) => {
  it('the set-up: the lines of Spain first, the language offered, every deck reachable', async () => {
    const { ui } = setupSession();
    const { view } = await renderAt(
      ui,
      <Setup
        width={size.columns}
        showSafety
        rememberedNames={[]}
        decks={decks}
        askTurn
        onDone={() => {}}
        languages={{ decks: { es: decks }, onChoose: () => {} }}
      />,
      size,
    );
    expectFits(view, size);
    const first = flat(await screenOf(view, size));
    for (const line of ['112', '016', '024']) {
      expect(first, `crisis line ${line} on the first screen`).toContain(line);
    }
    const { crisis } = catalogue().languages;
    const lines = size.columns < 80 ? [crisis.introShort] : crisis.intro;
    expect(await unreadable(view, size, lines.join(' '))).toEqual([]);
    await press(view, KEY.enter);

    expectFits(view, size);
    expect(await screenOf(view, size)).toContain(catalogue().languages.chooseTitle);
    await expectEveryChoice(view, size, ['English', 'Español']);
    await press(view, '2');

    expect(decks.every((deck) => deck.lang === 'es')).toBe(true);
    await expectEveryChoice(
      view,
      size,
      decks.map((deck) => deck.title),
    );
    expectFits(view, size);
  });

  it('the floor: every Spanish prompt with the end of its guidance reachable', async () => {
    for (const deck of decks.filter((d) => !d.solo)) {
      for (const prompt of deck.prompts) {
        const view = await pastGroundRules(size, { prompts: [prompt], repairing: 0 });
        expectFits(view, size);
        const guidance = [prompt.speakerGuidance, prompt.listenerGuidance, prompt.guidance]
          .filter(Boolean)
          .join(' ');
        const where = `${deck.id}: ${prompt.title} at ${sizeName(size)}`;
        expect(await unreadable(view, size, `${prompt.title} ${guidance}`), where).toEqual([]);
        view.unmount();
      }
    }
  }, 120_000);

  it("a solo deck's writing, with its guidance", async () => {
    const solo = decks.find((deck) => deck.solo);
    if (!solo) throw new Error('no solo deck');
    for (const prompt of solo.prompts) {
      const view = await pastGroundRules(size, {
        partners: ['Ana'],
        deck: { id: solo.id, title: solo.title, solo: true },
        prompts: [prompt],
      });
      expectFits(view, size);
      expect(
        await unreadable(view, size, `${prompt.title} ${prompt.guidance ?? ''}`),
        `${solo.id}: ${prompt.title} at ${sizeName(size)}`,
      ).toEqual([]);
      view.unmount();
    }
  });
});

it('reads Spanish words whole: accents and ñ are letters', () => {
  expect(words('¿Qué es lo que más te ha dolido? Señálalo.')).toEqual([
    'qué',
    'es',
    'lo',
    'que',
    'más',
    'te',
    'ha',
    'dolido',
    'señálalo',
  ]);
});
