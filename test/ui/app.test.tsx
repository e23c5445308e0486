import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import stringWidth from 'string-width';
import type { SessionState } from '../../src/session/index.js';
import { App } from '../../src/ui/App.js';
import { KEY, renderWith, resize, settle, setupSession, typeKeys, useFakeTime } from './harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

function startApp(overrides: Parameters<typeof setupSession>[0] = {}) {
  const { store, ui } = setupSession(overrides);
  const done = vi.fn<(state: SessionState) => void>();
  const view = renderWith(ui, <App onDone={done} />);
  return { store, ui, view, done };
}

async function toReflection(store: ReturnType<typeof startApp>['store']) {
  store.dispatch({ type: 'agree', partner: 0 });
  store.dispatch({ type: 'agree', partner: 1 });
  store.dispatch({ type: 'end-turn' });
  await settle();
}

describe('Reflect back', () => {
  it('takes the listener’s words and moves on to "Did I get it?"', async () => {
    const { store, view } = startApp();
    await toReflection(store);
    expect(view.lastFrame()).toContain('Reflect back');
    expect(view.lastFrame()).toContain('What I heard is…');
    expect(view.lastFrame()).toContain('Ben, say out loud what you heard Ana say');
    await typeKeys(view.stdin, 'You felt alone');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Did I get it?');
    expect(view.lastFrame()).toContain('You felt alone');
  });

  it('asks gently for a few words before taking an empty reflection', async () => {
    const { store, view } = startApp();
    await toReflection(store);
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Type a few words of what you heard first.');
    expect(store.getState().step.kind).toBe('reflect');
  });

  it('keeps every change of the text in the drafts, for the autosave', async () => {
    const { store, ui, view } = startApp();
    await toReflection(store);
    await typeKeys(view.stdin, 'abc');
    view.stdin.write(KEY.backspace);
    await settle();
    expect(ui.drafts.get('reflect:0:0:0')).toEqual({ text: 'ab', cursor: 2 });
  });

  it('pauses with Ctrl+P while typing, and the words are still there after', async () => {
    const { store, view } = startApp();
    await toReflection(store);
    await typeKeys(view.stdin, 'half a thought');
    view.stdin.write(KEY.ctrlP);
    await settle();
    expect(view.lastFrame()).toContain('Paused');
    expect(store.getState().pause).not.toBeNull();
    view.stdin.write('1'); // Ana asked for it
    await settle();
    view.stdin.write('1');
    await settle();
    view.stdin.write('2');
    await settle();
    expect(view.lastFrame()).toContain('Reflect back');
    expect(view.lastFrame()).toContain('half a thought');
  });

  it('does not pause on a plain p while typing: it is a letter', async () => {
    const { store, view } = startApp();
    await toReflection(store);
    await typeKeys(view.stdin, 'pp');
    expect(store.getState().pause).toBeNull();
    expect(view.lastFrame()).toContain('pp');
  });
});

describe('the floor screen', () => {
  it('pauses on P, and skips on S or goes to the closing on F once pressed twice', async () => {
    const { store, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    view.stdin.write('p');
    await settle();
    expect(store.getState().pause).not.toBeNull();
    store.dispatch({ type: 'ready', partner: 0 });
    store.dispatch({ type: 'ready', partner: 1 });
    await settle();
    view.stdin.write('s');
    await settle();
    expect(view.lastFrame()).toContain('Skip this prompt? Press S again');
    view.stdin.write('x');
    await settle();
    expect(store.getState().step).toMatchObject({ kind: 'speak', prompt: 0 });
    view.stdin.write('s');
    await settle();
    view.stdin.write('s');
    await settle();
    expect(store.getState().step).toMatchObject({ kind: 'speak', prompt: 1 });
    view.stdin.write('f');
    await settle();
    expect(view.lastFrame()).toContain('Go to the closing now?');
    view.stdin.write('f');
    await settle();
    expect(view.lastFrame()).toContain('Closing');
  });
});

describe('Closing', () => {
  it('asks each partner in turn, takes empty answers, and ends the session', async () => {
    const { store, view, done } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'go-to-closing' });
    await settle();
    expect(view.lastFrame()).toContain('Ana, what did you appreciate about Ben today?');
    expect(view.lastFrame()).toContain('Leaving it empty is fine');
    await typeKeys(view.stdin, 'you stayed');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Ben, what did you appreciate about Ana today?');
    for (let i = 0; i < 5; i++) {
      view.stdin.write(KEY.enter);
      await settle();
    }
    expect(done).toHaveBeenCalledTimes(1);
    const final = done.mock.calls[0]![0];
    expect(final.completed).toBe(true);
    expect(final.record.closing[0]!.appreciation).toBe('you stayed');
  });
});

describe('a solo deck', () => {
  it('opens a timed free-write for one partner', async () => {
    const { store, view } = startApp({
      partners: ['Ana'],
      deck: { id: 'start-where-you-are', title: 'Start where you are', solo: true },
    });
    await settle();
    expect(view.lastFrame()).toContain("I'm ready, Ana");
    view.stdin.write('1');
    await settle();
    expect(view.lastFrame()).toContain('Time to write');
    expect(view.lastFrame()).toContain('3:00');
    await typeKeys(view.stdin, 'it still hurts');
    view.stdin.write(KEY.enter);
    await settle();
    // At the end of the writing: keep it or bring it. Enter alone keeps it private.
    expect(view.lastFrame()).toContain('Would you like to bring it?');
    expect(view.lastFrame()).toContain('› 1. Keep it for me');
    view.stdin.write(KEY.enter);
    await settle();
    expect(store.getState().record.prompts[0]!.turns[0]).toMatchObject({
      writing: 'it still hurts',
    });
    expect(store.getState().record.prompts[0]!.turns[0]!.bring).toBeUndefined();
    await typeKeys(view.stdin, 'I want to be understood');
    view.stdin.write(KEY.enter);
    await settle();
    view.stdin.write('2');
    await settle();
    expect(store.getState().record.prompts[1]!.turns[0]).toMatchObject({
      writing: 'I want to be understood',
      bring: true,
    });
  });
});

describe('layout', () => {
  const frameFits = (frame: string, columns: number, rows: number) => {
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThan(rows);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
  };

  it.each([
    [80, 24],
    [40, 12],
  ])('fits every step in %ix%i, below the terminal height', async (columns, rows) => {
    const { store, view } = startApp({ options: { validate: true, empathize: true } });
    resize(view.stdout, columns, rows);
    await settle();
    const steps: (() => void)[] = [
      () => store.dispatch({ type: 'agree', partner: 0 }),
      () => store.dispatch({ type: 'agree', partner: 1 }),
      () => store.dispatch({ type: 'end-turn' }),
      () => store.dispatch({ type: 'submit-reflection', text: 'word '.repeat(200) }),
      () => store.dispatch({ type: 'answer', answer: 'yes' }),
      () => store.dispatch({ type: 'submit-validation', text: 'v' }),
      () => store.dispatch({ type: 'pause' }),
      () => store.dispatch({ type: 'go-to-closing' }),
    ];
    frameFits(view.lastFrame() ?? '', columns, rows);
    for (const step of steps) {
      step();
      await settle();
      frameFits(view.lastFrame() ?? '', columns, rows);
    }
  });

  it('redraws for the new size when the terminal is resized', async () => {
    const { store, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    expect(view.lastFrame()).toContain('╶─╮'); // the big countdown
    resize(view.stdout, 40, 12);
    await settle();
    expect(view.lastFrame()).not.toContain('╶─╮');
    expect(view.lastFrame()).toContain('3:00');
  });
});

describe('accessibility', () => {
  it('turns every colour off with NO_COLOR, keeping names and markers', async () => {
    const { themeFor } = await import('../../src/ui/theme.js');
    const { PARTNER_MARKS: PARTNER_MARK } = await import('../../src/text/colour.js');
    const plain = themeFor({ NO_COLOR: '1' });
    expect(Object.values(plain).flat().filter(Boolean)).toEqual([]);
    expect(themeFor({}).partner).toEqual(['cyan', 'magenta']);
    expect(PARTNER_MARK[0]).not.toBe(PARTNER_MARK[1]);
  });

  it('reads the countdown as words in screen-reader mode', async () => {
    process.env.INK_SCREEN_READER = 'true';
    try {
      const { store, view } = startApp({ turnMs: 150_000 });
      store.dispatch({ type: 'agree', partner: 0 });
      store.dispatch({ type: 'agree', partner: 1 });
      await settle();
      expect(view.lastFrame()).toContain('Ana has the floor');
      expect(view.lastFrame()).toContain('2 minutes 30 seconds left.');
      expect(view.lastFrame()).not.toContain('╶─╮');
    } finally {
      delete process.env.INK_SCREEN_READER;
    }
  });
});

describe('the bell', () => {
  it('rings once when a turn reaches zero, and never with --quiet', async () => {
    for (const quiet of [false, true]) {
      const { store, ui } = setupSession({ turnMs: 5_000 });
      const view = renderWith({ ...ui, quiet }, <App onDone={() => {}} />);
      store.dispatch({ type: 'agree', partner: 0 });
      store.dispatch({ type: 'agree', partner: 1 });
      await settle(6_000);
      await settle(3_000);
      const bells = view.frames.filter((frame) => frame === '\u0007').length;
      expect(bells).toBe(quiet ? 0 : 1);
      expect(view.lastFrame()).toContain('Time is up');
      view.unmount();
    }
  });
});

describe('each field keeps its own words', () => {
  it('does not carry one partner’s closing words into the other’s box after a pause', async () => {
    const { store, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'go-to-closing' });
    await settle();
    await typeKeys(view.stdin, 'secret words');
    view.stdin.write(KEY.ctrlP);
    await settle();
    for (const key of ['1', '1', '2']) {
      view.stdin.write(key);
      await settle();
    }
    expect(view.lastFrame()).toContain('secret words');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Ben, what did you appreciate about Ana today?');
    expect(view.lastFrame()).not.toContain('secret words');
    view.stdin.write(KEY.enter);
    await settle();
    expect(store.getState().record.closing.map((c) => c.appreciation)).toEqual([
      'secret words',
      '',
    ]);
  });
});

describe('a turn off the record', () => {
  it('is chosen with O before speaking, said back out loud, and nothing typed is kept', async () => {
    const { store, view, ui } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    expect(view.lastFrame()).toContain('O off the record');
    view.stdin.write('o');
    await settle();
    expect(view.lastFrame()).toContain('Hold this turn off the record');
    expect(store.getState().record.prompts[0]!.turns[0]!.offRecord).toBeUndefined();
    view.stdin.write('o');
    await settle();
    expect(view.lastFrame()).toContain('Off the record: nothing of this turn will be written down');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('say back, out loud, what you heard Ana say.');
    await typeKeys(view.stdin, 'typed words');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('said back out loud what they heard');
    expect(view.lastFrame()).not.toContain('typed words');
    expect(ui.drafts.get('reflect:0:0:0')).toBeUndefined();
    expect(store.getState().record.prompts[0]!.turns[0]).toMatchObject({
      offRecord: true,
      exchanges: [{ reflection: '' }],
    });
  });
});

describe('how are you doing?', () => {
  it('suggests a long pause at 8 or more, and keeps the answer nowhere', async () => {
    const { store, view } = startApp({ breakMs: 10 * 60_000 });
    const events: string[] = [];
    store.subscribe((event) => events.push(JSON.stringify(event)));
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    view.stdin.write('h');
    await settle();
    // The screen is shared: whoever pressed H says who they are; Enter alone names nobody.
    expect(view.lastFrame()).toContain('Who would like to check in with themselves?');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Choose your name');
    view.stdin.write('1');
    await settle();
    expect(view.lastFrame()).toContain('Ana, how overwhelmed do you feel right now');
    expect(view.lastFrame()).toContain('This is on the screen you share with Ben');
    expect(view.lastFrame()).not.toContain('Only you see this');
    view.stdin.write('3');
    await settle();
    expect(view.lastFrame()).toContain('Thank you for checking in with yourself.');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Ana has the floor');
    view.stdin.write('h');
    await settle();
    view.stdin.write('2');
    await settle();
    view.stdin.write('9');
    await settle();
    expect(view.lastFrame()).toContain('That is a lot to carry right now');
    expect(view.lastFrame()).toContain('1. Take a 20-minute pause');
    view.stdin.write('1');
    await settle();
    expect(view.lastFrame()).toContain('Paused');
    expect(store.getState().pause?.breakMs).toBe(20 * 60_000);
    expect(events.join('\n')).not.toMatch(/"9"|:9\b|overwhelm/);
  });
});

describe('off the record, put back', () => {
  it('takes O twice to hold a turn off the record, and O twice more to put it back', async () => {
    const { store, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    await settle();
    for (const key of ['o', 'o']) {
      view.stdin.write(key);
      await settle();
    }
    expect(view.lastFrame()).toContain('(O puts it back)');
    expect(view.lastFrame()).toContain('O back on the record');
    view.stdin.write('o');
    await settle();
    expect(view.lastFrame()).toContain('Put this turn back on the record? Press O again');
    view.stdin.write('o');
    await settle();
    expect(view.lastFrame()).not.toContain('Off the record:');
    expect(store.getState().record.prompts[0]!.turns[0]!.offRecord).toBeUndefined();
  });
});

describe('round and round', () => {
  it('after a few answers that are not yes, gently offers a pause or moving on', async () => {
    const { store, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    for (const answer of ['not-quite', 'partly'] as const) {
      store.dispatch({ type: 'end-turn' });
      store.dispatch({ type: 'submit-reflection', text: 'try' });
      store.dispatch({ type: 'answer', answer });
    }
    await settle();
    expect(view.lastFrame()).toContain('Ana has the floor');
    expect(view.lastFrame()).not.toContain('gone round a few times');
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'try again' });
    store.dispatch({ type: 'answer', answer: 'not-quite' });
    await settle();
    const words = (view.lastFrame() ?? '').replace(/\s+/g, ' ');
    expect(words).toContain('You have gone round a few times, and that is all right.');
    expect(words).toContain('You could pause (P), or skip this prompt for now (S)');
  });
});

describe('second presses and the gentle line on a small terminal', () => {
  it.each([
    [80, 24, 'Press O again', 'skip this prompt for now (S)'],
    [40, 12, 'O again to confirm.', 'P pauses, S skips.'],
  ])(
    'at %ix%i, the whole question and the way out are on screen',
    async (columns, rows, ask, out) => {
      const { store, view } = startApp();
      resize(view.stdout, columns, rows);
      store.dispatch({ type: 'agree', partner: 0 });
      store.dispatch({ type: 'agree', partner: 1 });
      await settle();
      view.stdin.write('o');
      await settle();
      const words = (frame: string | undefined) => (frame ?? '').replace(/\s+/g, ' ');
      expect(words(view.lastFrame())).toContain(ask);
      expect((view.lastFrame() ?? '').split('\n').length).toBeLessThan(rows);
      view.stdin.write('x');
      for (const answer of ['not-quite', 'partly', 'not-quite'] as const) {
        store.dispatch({ type: 'end-turn' });
        store.dispatch({ type: 'submit-reflection', text: 'try' });
        store.dispatch({ type: 'answer', answer });
      }
      await settle();
      expect(words(view.lastFrame())).toContain(out);
      expect((view.lastFrame() ?? '').split('\n').length).toBeLessThan(rows);
    },
  );
});

describe('at 40x12', () => {
  it('"Did I get it?" says in full how to answer, and "Stop for today" asks again in view', async () => {
    const { store, view } = startApp();
    resize(view.stdout, 40, 12);
    await toReflection(store);
    store.dispatch({ type: 'submit-reflection', text: 'You felt alone' });
    await settle();
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Ana, choose: ↑↓ or a number.');
    expect(store.getState().step.kind).toBe('check');
    store.dispatch({ type: 'pause' });
    await settle();
    view.stdin.write(KEY.enter); // who asked: "We would rather not say"
    await settle();
    view.stdin.write('5');
    await settle();
    expect(view.lastFrame()).toContain('› 5. Stop for today and save');
    expect(view.lastFrame()).toContain('Choose it again to stop and save.');
    expect((view.lastFrame() ?? '').split('\n').length).toBeLessThan(12);
    expect(store.getState().step.kind).toBe('check');
    view.stdin.write('5');
    await settle();
    expect(store.getState().step.kind).toBe('done');
    expect(store.getState().record.pauses[0]?.by).toBeNull();
  });
});
