// Where a text area takes letters, a letter is a letter: P types a p and only Ctrl+P pauses. Where
// nothing is typed, P pauses, as the footer says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/ui/App.js';
import { KEY, renderWith, settle, setupSession, typeKeys, useFakeTime } from '../harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

function startApp(overrides: Parameters<typeof setupSession>[0] = {}) {
  const { store, ui } = setupSession(overrides);
  const view = renderWith(ui, <App onDone={() => {}} />);
  return { store, ui, view };
}

describe('letters while typing', () => {
  it('types "p" into what was missed on "Did I get it?", and Ctrl+P still pauses', async () => {
    const { store, ui, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'you were alone' });
    await settle();
    view.stdin.write('2');
    await settle();
    expect(view.lastFrame()).toContain('what was missed?');
    expect(view.lastFrame()).toContain('Ctrl+P pause');
    await typeKeys(view.stdin, 'how scared I was, please');
    expect(store.getState().pause).toBeNull();
    expect(ui.drafts.get('missing:0:0:0')?.text).toBe('how scared I was, please');
    view.stdin.write(KEY.ctrlP);
    await settle();
    expect(store.getState().pause).not.toBeNull();
    expect(view.lastFrame()).toContain('Paused');
  });

  it('pauses on P at the end of a solo writing, where the footer says P', async () => {
    const { store, view } = startApp({
      partners: ['Ana'],
      deck: { id: 'solo', title: 'Solo', solo: true },
    });
    store.dispatch({ type: 'agree', partner: 0 });
    await settle();
    await typeKeys(view.stdin, 'a page');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Would you like to bring it?');
    expect(view.lastFrame()).toContain('P pause');
    view.stdin.write('p');
    await settle();
    expect(store.getState().pause).not.toBeNull();
  });

  it('leaves letters alone on the listener screen of a turn off the record', async () => {
    const { store, view } = startApp();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'off-the-record' });
    store.dispatch({ type: 'end-turn' });
    await settle();
    expect(view.lastFrame()).toContain('nothing is typed or kept');
    expect(view.lastFrame()).toContain('Ctrl+P pause');
    expect(view.lastFrame()).not.toMatch(/(^|[^+])P pause/m);
    await typeKeys(view.stdin, 'p');
    expect(store.getState().pause).toBeNull();
    view.stdin.write(KEY.ctrlP);
    await settle();
    expect(store.getState().pause).not.toBeNull();
  });
});
