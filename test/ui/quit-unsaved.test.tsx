// Ctrl+C never says the words are saved when they are not: when nothing can be written, the
// session stays open and says plainly that the words are only on screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore } from '../../src/session/index.js';
import { watched, type Kept, type SessionKeeper } from '../../src/ui/keeper.js';
import type { Farewell } from '../../src/ui/Root.js';
import { memoryDrafts } from '../../src/ui/session-context.js';
import { config } from '../session/helpers.js';
import { fakeTimerClock, KEY, settle, useFakeTime, renderRootResuming } from './harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const ONLY_ON_SCREEN: Kept = {
  safe: false,
  words:
    'Your words could not be saved: The disk is full. They are only on this screen. Free some space or fix the folder, then press Ctrl+C again.',
};
const SAVED: Kept = { safe: true, words: 'Everything you typed is saved.' };

describe('Ctrl+C while nothing can be written', () => {
  it('stays open, says the words are only on screen, and leaves once they are saved', async () => {
    const store = createSessionStore(config(), fakeTimerClock);
    const close = vi.fn<() => Kept>().mockReturnValueOnce(ONLY_ON_SCREEN).mockReturnValue(SAVED);
    const keeper: SessionKeeper = {
      store,
      drafts: memoryDrafts(),
      quiet: true,
      autosaveProblem: watched<string | null>(null),
      save: () => Promise.reject(new Error('not here')),
      close,
    };
    const farewells: Farewell[] = [];
    const view = renderRootResuming(keeper, (farewell) => farewells.push(farewell));
    await settle();
    view.stdin.write('1');
    await settle();
    view.stdin.write(KEY.ctrlC);
    await settle();
    expect(farewells).toEqual([]);
    expect(view.lastFrame()).toContain('They are only on this screen');
    expect(view.lastFrame()).toContain('Ground rules');
    view.stdin.write(KEY.ctrlC);
    await settle();
    expect(farewells).toEqual([{ code: 0, message: 'Everything you typed is saved.' }]);
  });
});
