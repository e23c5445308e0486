// Reading a screen back as a person would: its words, its title, whether it fits, and every
// choice of a list; shared by the layout matrix in each language.
import { expect } from 'vitest';
import { vi } from 'vitest';
import type { SessionState } from '../../../src/session/index.js';
import { App } from '../../../src/ui/App.js';
import { words as catalogue } from '../../../src/words/index.js';
import type { Deck } from '../../../src/decks/index.js';
import { initialCheckinFlow } from '../../../src/ui/checkin/checkin-flow.js';
import { createCheckinStore } from '../../../src/ui/checkin/checkin-store.js';
import { CheckinFlow } from '../../../src/ui/checkin/CheckinFlow.js';
import { Setup } from '../../../src/ui/setup/Setup.js';
import { settle, KEY, setupSession } from '../harness.js';
import { onTerminal, renderAt, sizeName, type Size } from './headless.js';

export type View = Awaited<ReturnType<typeof renderAt>>['view'];

/** The screen as one line of words: rows joined, cut marks and runs of spaces folded. */
export const flat = (text: string) => text.replace(/…/g, ' ').replace(/\s+/g, ' ').trim();

/** The words of a text, as a reader would find them on the screen. */
export const words = (text: string) =>
  flat(text)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter(Boolean);

export async function rowsOf(view: View, size: Size) {
  return onTerminal(view.lastFrame() ?? '', size);
}

export async function screenOf(view: View, size: Size) {
  return (await rowsOf(view, size)).join('\n');
}

export async function press(view: View, keys: string) {
  view.stdin.write(keys);
  await settle();
}

/**
 * The words of `text` that cannot be read on this screen even after turning every page with the
 * key the footer names for more (M); the pages are turned back to the first.
 */
export async function unreadable(view: View, size: Size, text: string): Promise<string[]> {
  const seen = new Set<string>();
  let first = '';
  for (let page = 0; page < 30; page++) {
    const screen = await screenOf(view, size);
    if (page > 0 && screen === first) break;
    if (page === 0) first = screen;
    for (const word of words(screen)) seen.add(word);
    // The footer names the key: M, or Page Down where text is typed.
    // In English or Spanish (the key is the same; what it is called is not).
    if (/\b(PgDn more|AvPág más)/.test(screen)) await press(view, '\u001B[6~');
    else if (/\bM (more|más)(?!\p{L})/u.test(screen)) await press(view, 'm');
    else break;
  }
  return [...new Set(words(text))].filter((word) => !seen.has(word));
}

/** The title is the top row, whole; no row starts with the space a line was wrapped at. */
export async function expectTitle(view: View, size: Size, title: string) {
  const rows = await rowsOf(view, size);
  const stray = rows.filter((row) => /^ [\p{L}\p{N}]/u.test(row));
  expect(stray, `rows starting with a stray space at ${sizeName(size)}`).toEqual([]);
  const [top = ''] = rows;
  expect(top.startsWith(title), `title "${title}" at ${sizeName(size)}, top row: "${top}"`).toBe(
    true,
  );
}

/** No row is drawn past the terminal's last row: the whole frame is on the screen. */
export function expectFits(view: View, size: Size) {
  const frame = view.lastFrame() ?? '';
  expect(frame.split('\n').length, `frame at ${sizeName(size)}:\n${frame}`).toBeLessThan(size.rows);
}

/** Each choice can be seen with the highlight on it, going round the list with ↓. */
export async function expectEveryChoice(view: View, size: Size, labels: string[]) {
  const footer = labels.length > 1 ? `1-${labels.length}` : '1';
  // The footer's choose key in the language on screen: "1-3 choose", "1-3 elegir".
  expect(await screenOf(view, size)).toContain(`${footer} ${catalogue().keys.choose.does}`);
  const seen = new Set<number>();
  for (let step = 0; step <= labels.length; step++) {
    const screen = flat(await screenOf(view, size));
    const number = Number(/› +(\d+)\./.exec(screen)?.[1] ?? 0);
    if (number > 0) {
      const label = flat(labels[number - 1] ?? '');
      expect(screen, `choice ${number} at ${sizeName(size)}`).toContain(`${number}. ${label}`);
      seen.add(number);
    }
    await press(view, KEY.down);
  }
  expect(
    [...seen].sort((a, b) => a - b),
    `highlighted at ${sizeName(size)}`,
  ).toEqual(labels.map((_, i) => i + 1));
}

/** A session on screen, with its store to move it on. */
export function sessionApp(size: Size, overrides: Parameters<typeof setupSession>[0] = {}) {
  const { store, ui } = setupSession(overrides);
  const done = vi.fn<(state: SessionState) => void>();
  return { store, ui, done, render: () => renderAt(ui, <App onDone={done} />, size) };
}

/** A session past the ground rules: its first prompt on the floor, or to write alone. */
export async function pastGroundRules(
  size: Size,
  overrides: Parameters<typeof setupSession>[0] = {},
): Promise<View> {
  const app = sessionApp(size, overrides);
  const { view } = await app.render();
  app.store.dispatch({ type: 'agree', partner: 0 });
  if ((overrides.partners?.length ?? 2) > 1) app.store.dispatch({ type: 'agree', partner: 1 });
  await settle();
  return view;
}

/** The set-up past the deck (the deck given), asking the names not given. */
export async function setupAt(size: Size, decks: Deck[], deck: Deck, names?: string[]) {
  const { ui } = setupSession();
  return renderAt(
    ui,
    <Setup
      width={size.columns}
      showSafety={false}
      rememberedNames={[]}
      decks={decks}
      deck={deck}
      names={names}
      askTurn
      onDone={() => {}}
    />,
    size,
  );
}

/** Ana and Ben's check-in, on its first question. */
export async function checkinAt(size: Size) {
  const store = createCheckinStore(
    initialCheckinFlow({
      names: ['Ana', 'Ben'],
      showSafety: false,
      dateIso: '2026-11-25T21:05:00+01:00',
    }),
  );
  const { ui } = setupSession();
  return renderAt(
    ui,
    <CheckinFlow
      store={store}
      rememberedNames={[]}
      save={() => '/tmp/x.md'}
      onFarewell={() => {}}
    />,
    size,
  );
}
