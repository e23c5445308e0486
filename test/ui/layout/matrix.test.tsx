// Every screen of the set-up, the session, the pause and the check-in, at 40x12, 80x24 and 120x40,
// read back through a headless terminal: the contract title, the crisis lines, every choice and
// the end of every built-in prompt's guidance must be on the screen, or one named key away.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listDecks, type Deck } from '../../../src/decks/index.js';
import { Saved } from '../../../src/ui/screens/Saved.js';
import { BriefApproval } from '../../../src/ui/brief/BriefApproval.js';
import { sampleBrief } from '../brief/brief-fixture.js';
import { Setup } from '../../../src/ui/setup/Setup.js';
import { KEY, settle, setupSession, typeKeys, useFakeTime } from '../harness.js';
import { renderAt, SIZES, sizeName } from './headless.js';
import {
  expectEveryChoice,
  expectFits,
  expectTitle,
  flat,
  press,
  rowsOf,
  pastGroundRules,
  screenOf,
  sessionApp,
  unreadable,
  words,
  checkinAt,
  setupAt,
} from './reading.js';

let decks: Deck[] = [];
beforeAll(async () => {
  decks = (await listDecks({})).decks;
});
beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

describe.each(SIZES)('at $columns x $rows', (size) => {
  it('the set-up: crisis lines on the first screen, every deck reachable, chosen by its number', async () => {
    const helpLine = 'Samaritans (UK): 116 123';
    const { ui } = setupSession();
    const { view } = await renderAt(
      ui,
      <Setup
        width={size.columns}
        showSafety
        helpLine={helpLine}
        rememberedNames={[]}
        decks={decks}
        askTurn
        onDone={() => {}}
      />,
      size,
    );
    await expectTitle(view, size, 'Before you start');
    expectFits(view, size);
    const first = flat(await screenOf(view, size));
    for (const line of ['1-800-799-7233', '988', flat(helpLine)]) {
      expect(first, `crisis line ${line} on the first screen`).toContain(line);
    }
    expect(
      await unreadable(
        view,
        size,
        'It is not therapy, and it does not replace a counsellor. Nothing is sent anywhere.',
      ),
    ).toEqual([]);
    await press(view, KEY.enter);

    await expectTitle(view, size, 'What would you like to talk about?');
    expect(decks.length).toBeGreaterThan(9);
    await expectEveryChoice(
      view,
      size,
      decks.map((deck) => deck.title),
    );
    expectFits(view, size);
    // Two digits choose the twelfth deck.
    await typeKeys(view.stdin, String(decks.length));
    expect(await screenOf(view, size)).toContain('The first partner: what is your name?');
  });

  it('the floor: every built-in prompt with the end of its guidance reachable', async () => {
    for (const deck of decks.filter((d) => !d.solo)) {
      for (const prompt of deck.prompts) {
        const view = await pastGroundRules(size, { prompts: [prompt], repairing: 0 });
        await expectTitle(
          view,
          size,
          prompt.floor === 'hurt' ? 'Ben has the floor' : 'Ana has the floor',
        );
        expectFits(view, size);
        const screen = flat(await screenOf(view, size));
        expect(screen).toContain("listen. Don't interrupt or defend.");
        const guidance = [prompt.speakerGuidance, prompt.listenerGuidance, prompt.guidance]
          .filter(Boolean)
          .join(' ');
        const where = `${deck.id}: ${prompt.title} at ${sizeName(size)}`;
        if (size.columns === 80) {
          // At the size most terminals open at, all of it at once.
          expect(screen, where).not.toMatch(/M more/);
          expect(
            [...new Set(words(`${prompt.title} ${guidance}`))].filter(
              (word) => !words(screen).includes(word),
            ),
            where,
          ).toEqual([]);
        }
        expect(await unreadable(view, size, `${prompt.title} ${guidance}`), where).toEqual([]);
        view.unmount();
      }
    }
  }, 120_000);

  it('reflect, "Did I get it?", the pause and "How are you doing?"', async () => {
    const reflection =
      'You felt alone for months, and when it came out you felt stupid for not seeing it, because you trusted me and because you were afraid I would leave if you asked too much of me, and you still wake at night wondering.';
    const app = sessionApp(size);
    const { view } = await app.render();
    await expectTitle(view, size, 'Ground rules');
    await expectEveryChoice(view, size, ['● Ana agrees', '◆ Ben agrees']);
    app.store.dispatch({ type: 'agree', partner: 0 });
    app.store.dispatch({ type: 'agree', partner: 1 });
    await settle();

    await press(view, 'h');
    await expectTitle(view, size, 'How are you doing?');
    await expectEveryChoice(view, size, ['Ana', 'Ben']);
    await press(view, '1');
    expect(
      await unreadable(view, size, 'from 1 (calm) to 10 (flooded) R if your heart is racing'),
    ).toEqual([]);
    await press(view, '9');
    expectFits(view, size);
    expect(await unreadable(view, size, 'the kindest next step.')).toEqual([]);
    await expectEveryChoice(view, size, ['Take a 20-minute pause', 'Carry on for now']);
    await press(view, '2');
    await expectTitle(view, size, 'Ana has the floor');

    await press(view, KEY.enter);
    await expectTitle(view, size, 'Reflect back');
    expectFits(view, size);
    expect(
      await unreadable(view, size, 'Ana will tell you if you got it. What I heard is'),
    ).toEqual([]);
    app.store.dispatch({ type: 'submit-reflection', text: reflection });
    await settle();

    await expectTitle(view, size, 'Did I get it?');
    expectFits(view, size);
    expect(await unreadable(view, size, reflection)).toEqual([]);
    await expectEveryChoice(view, size, ['Yes', "Partly — there's more", 'Not quite']);

    await press(view, 'p');
    await expectTitle(view, size, 'Paused');
    expectFits(view, size);
    await expectEveryChoice(view, size, [
      'Ana asked for it',
      'Ben asked for it',
      'We would rather not say',
    ]);
    await press(view, '1');
    const ready = [
      'Ana is ready',
      'Ben is ready',
      'A longer break (+5 minutes)',
      'A shorter break (−5 minutes)',
      'Stop for today and save',
    ];
    await expectEveryChoice(view, size, ready);
    expectFits(view, size);
    // Down to five minutes and once more: every choice keeps its number, and the reason fits.
    for (let shorter = 0; shorter < 4; shorter++) await press(view, '4');
    const why =
      size.columns < 60 ? 'Not under 5 minutes.' : 'The break cannot be shorter than 5 minutes.';
    expect(await unreadable(view, size, why)).toEqual([]);
    expectFits(view, size);
    await expectEveryChoice(view, size, ready);
    await press(view, '1');
    await press(view, '2');
    await expectTitle(view, size, 'Did I get it?');
    await press(view, '1');
    await expectTitle(view, size, 'Ben has the floor');
    app.store.dispatch({ type: 'go-to-closing' });
    await settle();
    await expectTitle(view, size, 'Closing');
    expectFits(view, size);
    expect(await unreadable(view, size, 'what did you appreciate about Ben today?')).toEqual([]);
  });

  it('the check-in', async () => {
    const { view } = await checkinAt(size);
    await expectTitle(view, size, 'Check-in: ● Ana');
    expectFits(view, size);
    expect(await unreadable(view, size, 'Ana, what is something you appreciated today?')).toEqual(
      [],
    );
    await typeKeys(view.stdin, 'the coffee');
    await press(view, KEY.enter);
    await press(view, KEY.enter);
    await typeKeys(view.stdin, 'a walk');
    await press(view, KEY.enter);
    expectFits(view, size);
    expect(
      await unreadable(
        view,
        size,
        'Ana, how safe and close do you feel today? 0 for 10 Rather not say',
      ),
    ).toEqual([]);
  });

  it("the set-up's other questions: names, who is repairing trust, the turn length", async () => {
    const hard = decks.find((deck) => deck.id === 'hard-questions');
    if (!hard) throw new Error('the hard questions deck is missing');
    const setup = (names?: string[]) => setupAt(size, decks, hard, names);
    const named = await setup();
    await expectTitle(named.view, size, 'Who is talking today?');
    expectFits(named.view, size);
    expect(await unreadable(named.view, size, 'The first partner: what is your name?')).toEqual([]);
    named.view.unmount();

    const { view } = await setup(['Ana', 'Ben']);
    await expectTitle(view, size, 'One gentle question');
    expectFits(view, size);
    expect(
      await unreadable(
        view,
        size,
        'working to repair the trust. This only decides who answers the prompts meant for one of you.',
      ),
    ).toEqual([]);
    await expectEveryChoice(view, size, [
      'Ana is repairing trust',
      'Ben is repairing trust',
      'We would rather not say',
    ]);
    await press(view, '3');
    await expectTitle(view, size, 'How long is each turn?');
    expectFits(view, size);
    expect(await unreadable(view, size, 'nobody is cut off when it ends.')).toEqual([]);
    await expectEveryChoice(view, size, ['2m', '3m', '4m (suggested for this deck)', '5m']);
  });

  it("agreements from before, and a solo deck's writing with its guidance", async () => {
    const app = sessionApp(size, {
      agreements: [
        {
          id: 'a1',
          text: 'We say where we are when plans change, even when it feels small, and we answer the phone when the other calls in the evening.',
          by: 'Ana',
          madeIso: '2026-11-17T18:00:00+01:00',
        },
      ],
    });
    const { view } = await app.render();
    app.store.dispatch({ type: 'agree', partner: 0 });
    app.store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    await expectTitle(view, size, 'Agreements from before');
    expectFits(view, size);
    expect(
      await unreadable(view, size, 'we answer the phone when the other calls in the evening.'),
    ).toEqual([]);
    await expectEveryChoice(view, size, [
      'It is helping',
      'It needs changing',
      'Let it go: it has done its work, or it was not right',
      'Leave it for another time',
    ]);
    view.unmount();

    const solo = decks.find((deck) => deck.solo);
    if (!solo) throw new Error('no solo deck');
    for (const prompt of solo.prompts) {
      const rendered = {
        view: await pastGroundRules(size, {
          partners: ['Ana'],
          deck: { id: solo.id, title: solo.title, solo: true },
          prompts: [prompt],
        }),
      };
      await expectTitle(rendered.view, size, 'Time to write');
      expectFits(rendered.view, size);
      expect(
        await unreadable(
          rendered.view,
          size,
          `${prompt.title} ${prompt.guidance ?? ''} What is true for me is`,
        ),
        `${solo.id}: ${prompt.title} at ${sizeName(size)}`,
      ).toEqual([]);
      rendered.view.unmount();
    }
  });

  it('the saved notes: where they are, the path broken only after a folder or a dash', async () => {
    const path = '/home/ana/Documents/our-talks/talkturn-notes/2026-11-24-1800-hard-questions.md';
    const { ui } = setupSession();
    const { view } = await renderAt(
      ui,
      <Saved path={path} solo={false} onClose={() => {}} />,
      size,
    );
    await expectTitle(view, size, 'Session saved');
    expectFits(view, size);
    expect(
      await unreadable(view, size, 'Only your user account on this computer can open it.'),
    ).toEqual([]);
    const rows = (await rowsOf(view, size)).map((row) => row.trim());
    const from = rows.indexOf('Your notes are in:') + 1;
    // The path has no spaces: its rows are those under "Your notes are in:" up to a sentence.
    const end = rows.findIndex((row, at) => at >= from && (row === '' || row.includes(' ')));
    const pieces = rows.slice(from, end);
    expect(pieces.join('')).toBe(path);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[/-]$/);
  });

  it("the brief's approval: every line reachable with ↑↓, then sharing and approving by name", async () => {
    const brief = sampleBrief();
    // Long lines too: a topic wraps over rows and must still be read whole.
    brief.items[0]!.text =
      'Why I still check your phone at night, even after we agreed that I would stop.';
    const { ui } = setupSession();
    const { view } = await renderAt(ui, <BriefApproval brief={brief} onDone={() => {}} />, size);
    await expectTitle(view, size, 'Your brief');
    expectFits(view, size);
    for (const [i, item] of brief.items.entries()) {
      if (i > 0) await press(view, KEY.down);
      expectFits(view, size);
      // The highlighted line is on the screen whole, with who wrote it.
      expect(await unreadable(view, size, `${item.by}: ${item.text}`)).toEqual([]);
    }
    expect(await unreadable(view, size, 'Left out unless you bring it: X brings it.')).toEqual([]);
    await press(view, KEY.up);
    await press(view, 'x');
    expect(await unreadable(view, size, "Take out Ana's line? Press X again.")).toEqual([]);
    expectFits(view, size);
    await press(view, KEY.enter);
    await expectTitle(view, size, 'Check-in numbers');
    expectFits(view, size);
    expect(
      await unreadable(view, size, 'Ana agrees to share Ben agrees to share Leave the numbers out'),
    ).toEqual([]);
    await press(view, KEY.enter);
    await expectTitle(view, size, 'Approve the brief');
    expectFits(view, size);
    expect(await unreadable(view, size, 'Ana approves Ben approves Go back to the brief')).toEqual(
      [],
    );
  });
});
