import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createSessionStore, type SessionConfig, type Clock } from '../../src/session/index.js';
import { LayoutProvider } from '../../src/ui/components/LayoutProvider.js';
import type { SessionKeeper } from '../../src/ui/keeper.js';
import { Root, type Farewell } from '../../src/ui/Root.js';
import { memoryDrafts, SessionUiContext, type SessionUi } from '../../src/ui/session-context.js';
import { config as baseConfig } from '../session/helpers.js';

/** A clock that follows vitest's fake timers, so countdowns and the engine agree. */
export const fakeTimerClock: Clock = { now: () => Date.now() };

export function setupSession(overrides: Partial<SessionConfig> = {}) {
  const store = createSessionStore(baseConfig(overrides), fakeTimerClock);
  const ui: SessionUi = { store, quiet: true, drafts: memoryDrafts() };
  return { store, ui };
}

export function renderWith(ui: SessionUi, element: ReactElement) {
  return render(
    <LayoutProvider>
      <SessionUiContext.Provider value={ui}>{element}</SessionUiContext.Provider>
    </LayoutProvider>,
  );
}

/**
 * Fake time for countdowns, leaving setImmediate real so Ink can read input. `performance` is
 * faked too: the text area tells a paste split across reads from a person's next key by how soon
 * it came (`PASTE_CONTINUATION_MS`), and on the real clock a fast machine would read a test's
 * Enter, right after its words, as a newline pasted with them. Each `settle` moves the clock on,
 * so every press is a key of its own.
 */
export function useFakeTime(): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
    now: 1_000_000,
  });
}

/** Lets Ink handle input and draw its (throttled) next frame. */
export async function settle(ms = 0): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await vi.advanceTimersByTimeAsync(ms + 40);
  await new Promise((resolve) => setImmediate(resolve));
}

export const KEY = {
  enter: '\r',
  up: '\u001B[A',
  down: '\u001B[B',
  ctrlP: '\u0010',
  ctrlC: '\u0003',
  esc: '\u001B',
  backspace: '\u007F',
  altEnter: '\u001B\r',
  ctrlJ: '\n',
  ctrlU: '\u0015',
} as const;

/** Gives the fake terminal a size (ink-testing-library's is 100 columns, no rows) and redraws. */
export function resize(stdout: object, columns: number, rows: number): void {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  (stdout as { emit(event: string): void }).emit('resize');
}

/** Types text a key at a time, as a person does. */
export async function typeKeys(stdin: { write(data: string): void }, text: string): Promise<void> {
  for (const char of text) {
    stdin.write(char);
    await settle();
  }
}

/** The whole run (Root) with one unfinished session to resume, kept by `keeper`. */
export function renderRootResuming(
  keeper: SessionKeeper,
  onFarewell: (farewell: Farewell) => void = () => {},
) {
  return render(
    <LayoutProvider>
      <Root
        setup={{ showSafety: false, rememberedNames: [], decks: [], askTurn: false }}
        plan={{}}
        openSession={() => keeper}
        interrupted={[
          {
            id: 'x',
            path: '/x',
            ok: true,
            problem: null,
            partners: ['Ana', 'Ben'],
            deck: null,
            startedAtIso: null,
            modifiedMs: 0,
            lockedBy: null,
            dropped: 0,
          },
        ]}
        openResumed={() => keeper}
        onFarewell={onFarewell}
      />
    </LayoutProvider>,
  );
}
