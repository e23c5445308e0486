// The layout matrix in Spanish, which runs about a fifth longer than English: at 40x12 and 80x24
// the crisis lines of Spain are on the first screen, the language is offered with every choice
// in view, every Spanish deck can be chosen, and every Spanish prompt's guidance can be read.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listDecks, type Deck } from '../../../src/decks/index.js';
import { BriefApproval } from '../../../src/ui/brief/BriefApproval.js';
import { Saved } from '../../../src/ui/screens/Saved.js';
import { Setup } from '../../../src/ui/setup/Setup.js';
import { setLanguage, words as catalogue } from '../../../src/words/index.js';
import { sampleBrief } from '../brief/brief-fixture.js';
import { KEY, settle, setupSession, typeKeys, useFakeTime } from '../harness.js';
import { renderAt, sizeName, type Size } from './headless.js';
import {
  expectEveryChoice,
  expectFits,
  expectTitle,
  flat,
  pastGroundRules,
  press,
  screenOf,
  sessionApp,
  unreadable,
  words,
  checkinAt,
  setupAt,
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

  it('ground rules, "¿Cómo estás?", the floor, the reflection, "¿Lo entendí?", the pause, the closing', async () => {
    const said = catalogue();
    const reflection =
      'Te sentiste sola durante meses, y cuando salió a la luz te sentiste tonta por no verlo, porque confiabas en mí y porque tenías miedo de que me fuera si pedías demasiado, y todavía te despiertas de noche preguntándotelo.';
    const app = sessionApp(size);
    const { view } = await app.render();
    await expectTitle(view, size, said.groundRules.title);
    expectFits(view, size);
    // Enter agrees for nobody: it says how, whole, wrapped at words (no row starts with a space).
    await press(view, KEY.enter);
    expect(app.store.getState().agreed).toEqual([false, false]);
    expect(await unreadable(view, size, said.common.chooseOwnName)).toEqual([]);
    await expectTitle(view, size, said.groundRules.title);
    expectFits(view, size);
    await expectEveryChoice(view, size, [
      `● ${said.groundRules.agrees('Ana')}`,
      `◆ ${said.groundRules.agrees('Ben')}`,
    ]);
    app.store.dispatch({ type: 'agree', partner: 0 });
    app.store.dispatch({ type: 'agree', partner: 1 });
    await settle();

    await press(view, 'h');
    await expectTitle(view, size, said.feeling.title);
    await expectEveryChoice(view, size, ['Ana', 'Ben']);
    await press(view, '1');
    expectFits(view, size);
    expect(await unreadable(view, size, said.feeling.ask('Ana'))).toEqual([]);
    await press(view, '9');
    expectFits(view, size);
    await expectEveryChoice(view, size, [said.feeling.takePause, said.feeling.carryOn]);
    await press(view, '2');
    await expectTitle(view, size, said.floor.title('Ana'));
    expectFits(view, size);

    await press(view, KEY.enter);
    await expectTitle(view, size, said.listener.reflect.title);
    expectFits(view, size);
    expect(
      await unreadable(
        view,
        size,
        `${said.listener.reflect.ask('Ana')} ${said.listener.reflect.stem}`,
      ),
    ).toEqual([]);
    app.store.dispatch({ type: 'submit-reflection', text: reflection });
    await settle();

    await expectTitle(view, size, said.check.title);
    expectFits(view, size);
    expect(await unreadable(view, size, reflection)).toEqual([]);
    await expectEveryChoice(view, size, [said.check.yes, said.check.partly, said.check.notQuite]);

    await press(view, 'p');
    await expectTitle(view, size, said.pause.title);
    expectFits(view, size);
    await expectEveryChoice(view, size, [
      said.pause.askedForIt('Ana'),
      said.pause.askedForIt('Ben'),
      said.common.ratherNotSay,
    ]);
    await press(view, '1');
    await expectEveryChoice(view, size, [
      said.pause.ready('Ana'),
      said.pause.ready('Ben'),
      said.pause.longer,
      said.pause.shorter,
      said.pause.stop,
    ]);
    expectFits(view, size);
    // Hasta cinco minutos y una vez más: cada opción guarda su número, y el porqué cabe.
    for (let shorter = 0; shorter < 4; shorter++) await press(view, '4');
    const why = size.columns < 60 ? said.pause.shortestShort : said.pause.shortest;
    expect(await unreadable(view, size, why)).toEqual([]);
    expectFits(view, size);
    await press(view, '1');
    await press(view, '2');
    await expectTitle(view, size, said.check.title);
    await press(view, '1');
    await expectTitle(view, size, said.floor.title('Ben'));
    app.store.dispatch({ type: 'go-to-closing' });
    await settle();
    await expectTitle(view, size, said.closing.title);
    expectFits(view, size);
    expect(await unreadable(view, size, said.closing.ask.appreciation('Ben'))).toEqual([]);
  });

  it("the brief's approval: every line, sharing the numbers and approving by name", async () => {
    const said = catalogue().brief;
    const brief = sampleBrief();
    brief.items[0]!.text =
      'Por qué sigo mirando tu teléfono por la noche, aunque acordamos que dejaría de hacerlo.';
    const { ui } = setupSession();
    const { view } = await renderAt(ui, <BriefApproval brief={brief} onDone={() => {}} />, size);
    await expectTitle(view, size, said.screenTitle);
    for (const [i, item] of brief.items.entries()) {
      if (i > 0) await press(view, KEY.down);
      expectFits(view, size);
      expect(await unreadable(view, size, `${item.by}: ${item.text}`)).toEqual([]);
    }
    await press(view, KEY.up);
    await press(view, 'x');
    expect(await unreadable(view, size, said.confirmTakeOut('Ana'))).toEqual([]);
    expectFits(view, size);
    await press(view, KEY.enter);
    await expectTitle(view, size, said.shareTitle);
    expectFits(view, size);
    const share = `${said.shareAgree('Ana')} ${said.shareAgree('Ben')} ${said.shareNo}`;
    expect(await unreadable(view, size, share)).toEqual([]);
    await press(view, KEY.enter);
    await expectTitle(view, size, said.approveTitle);
    expectFits(view, size);
    const approve = `${said.approves('Ana')} ${said.approves('Ben')} ${said.goBack}`;
    expect(await unreadable(view, size, approve)).toEqual([]);
  });

  it('the check-in', async () => {
    const said = catalogue().checkin;
    const { view } = await checkinAt(size);
    await expectTitle(view, size, `${said.titleLead}● Ana`);
    expectFits(view, size);
    expect(await unreadable(view, size, said.questions.appreciated.ask('Ana'))).toEqual([]);
    await typeKeys(view.stdin, 'el café');
    await press(view, KEY.enter);
    await press(view, KEY.enter);
    await typeKeys(view.stdin, 'un paseo');
    await press(view, KEY.enter);
    expectFits(view, size);
    expect(
      await unreadable(view, size, `${said.number.ask('Ana')} ${said.number.ratherNot}`),
    ).toEqual([]);
  });

  it("the set-up's other questions, agreements from before, and the saved notes", async () => {
    const said = catalogue();
    const hard = decks.find((deck) => deck.id === 'hard-questions');
    if (!hard) throw new Error('the hard questions deck is missing');
    const setup = (names?: string[]) => setupAt(size, decks, hard, names);
    const named = await setup();
    await expectTitle(named.view, size, said.setup.names.title);
    expectFits(named.view, size);
    expect(await unreadable(named.view, size, said.setup.firstName)).toEqual([]);
    named.view.unmount();

    const { view } = await setup(['Ana', 'Ben']);
    await expectTitle(view, size, said.setup.role.title);
    expectFits(view, size);
    expect(await unreadable(view, size, `${said.setup.role.why} ${said.setup.role.note}`)).toEqual(
      [],
    );
    await expectEveryChoice(view, size, [
      said.setup.role.repairing('Ana'),
      said.setup.role.repairing('Ben'),
      said.common.ratherNotSay,
    ]);
    await press(view, '3');
    await expectTitle(view, size, said.setup.turn.title);
    expectFits(view, size);
    expect(await unreadable(view, size, said.setup.turn.note)).toEqual([]);
    view.unmount();

    const app = sessionApp(size, {
      agreements: [
        {
          id: 'a1',
          text: 'Decimos dónde estamos cuando cambian los planes, aunque parezca poca cosa, y contestamos el teléfono cuando el otro llama por la noche.',
          by: 'Ana',
          madeIso: '2026-11-17T18:00:00+01:00',
        },
      ],
    });
    const review = await app.render();
    app.store.dispatch({ type: 'agree', partner: 0 });
    app.store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    await expectTitle(review.view, size, said.review.title);
    expectFits(review.view, size);
    expect(
      await unreadable(
        review.view,
        size,
        'contestamos el teléfono cuando el otro llama por la noche.',
      ),
    ).toEqual([]);
    await expectEveryChoice(review.view, size, [
      said.review.helping,
      said.review.needsChange,
      said.review.retire,
      said.review.later,
    ]);
    review.view.unmount();

    const saved = await renderAt(
      setupSession().ui,
      <Saved
        path="/home/ana/notas/2026-11-24-1800-hard-questions.md"
        solo={false}
        onClose={() => {}}
      />,
      size,
    );
    await expectTitle(saved.view, size, said.saved.title);
    expectFits(saved.view, size);
    expect(await unreadable(saved.view, size, said.saved.private)).toEqual([]);
  });

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
