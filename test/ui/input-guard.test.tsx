// Every byte sequence a terminal can send reaches the screens without ending the program: the
// full-screen runner's input guard against Ink 6's parser. Quick-hide is proven in a real
// terminal, for every command, in test/e2e/runner.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../src/session/index.js';
import { App } from '../../src/ui/App.js';
import { InputGuard } from '../../src/ui/components/InputGuard.js';
import { KEY, renderWith, resize, settle, setupSession, typeKeys, useFakeTime } from './harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const DRAFT = 'reflect:0:0:0';

async function reflecting(guarded: boolean) {
  const { store, ui } = setupSession();
  const done = vi.fn<(state: SessionState) => void>();
  const app = <App onDone={done} />;
  const view = renderWith(ui, guarded ? <InputGuard>{app}</InputGuard> : app);
  store.dispatch({ type: 'agree', partner: 0 });
  store.dispatch({ type: 'agree', partner: 1 });
  store.dispatch({ type: 'end-turn' });
  await settle();
  expect(view.lastFrame()).toContain('Reflect back');
  return { store, ui, view };
}

// xterm's function and editing keys, in each of the forms a terminal sends them.
const KEYS_WITH_PARAMETER = [
  ...['P', 'Q', 'R', 'S', 'A', 'B', 'C', 'D', 'H', 'F'].map(
    (final) => (m: number) => `\u001B[1;${m}${final}`,
  ),
  ...[2, 3, 5, 6, 15, 17, 18, 19, 20, 21, 23, 24].map(
    (code) => (m: number) => `\u001B[${code};${m}~`,
  ),
  (m: number) => `\u001B[27;${m};13~`,
  (m: number) => `\u001B[13;${m}u`,
  (m: number) => `\u001BO${m}P`,
];
const EVERY_MODIFIER = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

/** A small seeded generator, so a failure names the same bytes again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("Ink's input parser", () => {
  it('throws on Ctrl+F1 without the guard (why the guard exists)', async () => {
    const { view } = await reflecting(false);
    expect(() => view.stdin.write('\u001B[1;5P')).toThrow(/startsWith/);
  });
});

describe('the input guard', () => {
  it('takes Ctrl+F1 to F4, Ctrl+Shift+F2 and every xterm key with every modifier, and typing goes on', async () => {
    const { ui, view } = await reflecting(true);
    for (const key of KEYS_WITH_PARAMETER) {
      for (const modifier of EVERY_MODIFIER) {
        view.stdin.write(key(modifier));
      }
    }
    await settle();
    await typeKeys(view.stdin, 'still here');
    expect(view.lastFrame()).toContain('still here');
    expect(ui.drafts.get(DRAFT)?.text).toContain('still here');
  });

  it('keeps the words around pasted colour codes and drops the codes', async () => {
    const { ui, view } = await reflecting(true);
    view.stdin.write('you were \u001B[31mscared\u001B[0m that night');
    await settle();
    expect(ui.drafts.get(DRAFT)?.text).toBe('you were scared that night');
    expect(view.lastFrame()).toContain('you were scared that night');
  });

  it('survives 400 random byte strings, and the screen still takes words', async () => {
    // Words are typed first: with the field never empty, a lone Esc in the noise keeps the
    // reflection screen (it only says the words are kept) instead of going back to the floor.
    // The other control keys edit or leave, and are tested where they belong: the noise is
    // escape sequences and printable bytes, what Ink's parser stumbles on.
    const { ui, view } = await reflecting(true);
    await typeKeys(view.stdin, 'first words ');
    const next = random(14);
    for (let i = 0; i < 400; i++) {
      const length = 1 + Math.floor(next() * 12);
      let bytes = '';
      for (let j = 0; j < length; j++) {
        // Mostly ESC, brackets, digits and separators: the stuff escape sequences are made of.
        const pick = next();
        bytes +=
          pick < 0.3
            ? '\u001B'
            : pick < 0.5
              ? '[;O'[Math.floor(next() * 3)]
              : pick < 0.8
                ? String(Math.floor(next() * 10))
                : String.fromCharCode(0x20 + Math.floor(next() * 0x5f));
      }
      // Not the keys that leave, pause, submit or hide: those work as they should.
      // eslint-disable-next-line no-control-regex
      view.stdin.write(bytes.replace(/[\u0003\u000C\u0010\r\n]/g, ''));
    }
    await settle();
    await typeKeys(view.stdin, 'after the noise');
    expect(view.lastFrame()).toContain('after the noise');
    expect(ui.drafts.get(DRAFT)?.text).toContain('after the noise');
  });
});

describe('a window too small for the screens', () => {
  it('shows one sentence, lets no typing or Enter through, and the words wait whole', async () => {
    const { store, ui, view } = await reflecting(true);
    await typeKeys(view.stdin, 'you felt');
    resize(view.stdout, 30, 8);
    await settle();
    const frame = view.lastFrame() ?? '';
    expect(frame).not.toContain('Reflect back');
    expect(frame.replace(/\s+/g, ' ')).toContain('This window is too small.');
    expect(frame.split('\n').length).toBeLessThan(8);
    expect(Math.max(...frame.split('\n').map((row) => row.length))).toBeLessThanOrEqual(30);
    await typeKeys(view.stdin, ' alone');
    view.stdin.write(KEY.enter);
    await settle();
    resize(view.stdout, 40, 12);
    await settle();
    expect(view.lastFrame()).toContain('Reflect back');
    expect(ui.drafts.get(DRAFT)?.text).toBe('you felt');
    expect(store.getState().step.kind).toBe('reflect');
  });

  it('still takes the pause: Ctrl+P reaches the session', async () => {
    const { store, view } = await reflecting(true);
    resize(view.stdout, 39, 20);
    await settle();
    view.stdin.write(KEY.ctrlP);
    await settle();
    expect(store.getState().pause).not.toBeNull();
  });
});
