import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore } from '../../src/session/index.js';
import { watched, type SessionKeeper } from '../../src/ui/keeper.js';
import { memoryDrafts } from '../../src/ui/session-context.js';
import { config } from '../session/helpers.js';
import {
  fakeTimerClock,
  KEY,
  settle,
  typeKeys,
  useFakeTime,
  renderRootResuming,
} from './harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

/** A session already at its closing, whose first save fails as on a full disk. */
function keeperFailingOnce() {
  const store = createSessionStore(config(), fakeTimerClock);
  store.dispatch({ type: 'agree', partner: 0 });
  store.dispatch({ type: 'agree', partner: 1 });
  store.dispatch({ type: 'go-to-closing' });
  const folders: (string | undefined)[] = [];
  const keeper: SessionKeeper = {
    store,
    drafts: memoryDrafts(),
    quiet: true,
    autosaveProblem: watched<string | null>(null),
    async save(_state, folder) {
      folders.push(folder);
      if (folders.length === 1) {
        throw new Error('The disk is full, so the notes could not be saved.');
      }
      return `${folder}/2026-11-24-1800-test.md`;
    },
    close: vi.fn(),
  };
  return { keeper, folders };
}

describe('when the notes cannot be saved', () => {
  it('says why, keeps the words, and saves in another folder', async () => {
    const { keeper, folders } = keeperFailingOnce();
    const view = renderRootResuming(keeper, () => {});
    await settle();
    view.stdin.write('1');
    await settle();
    for (let i = 0; i < 6; i++) {
      view.stdin.write(KEY.enter);
      await settle();
    }
    expect(view.lastFrame()).toContain('The notes are not saved yet');
    expect(view.lastFrame()).toContain('The disk is full');
    expect(view.lastFrame()).toContain('Nothing you typed is lost');
    view.stdin.write('2');
    await settle();
    await typeKeys(view.stdin, '/media/usb');
    view.stdin.write(KEY.enter);
    await settle();
    expect(folders).toEqual([undefined, '/media/usb']);
    expect(view.lastFrame()).toContain('Session saved');
    expect(view.lastFrame()).toContain('/media/usb/2026-11-24-1800-test.md');
  });
});
