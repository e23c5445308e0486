// With the real journal behind the screens: a submitted reflection's draft is let go, and Esc
// from "Did I get it?" still brings the words back to change them, journaled again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findInterruptedSessions, readJournal } from '../../src/notes/index.js';
import { App } from '../../src/ui/App.js';
import { openSessionKeeper } from '../../src/ui/open-session.js';
import type { SessionKeeper } from '../../src/ui/keeper.js';
import { config } from '../session/helpers.js';
import { KEY, renderWith, settle, typeKeys, useFakeTime } from './harness.js';

let dir: string;
let keeper: SessionKeeper | null = null;
beforeEach(() => {
  useFakeTime();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-back-'));
});
afterEach(() => {
  keeper?.close({ force: true });
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The reflection's text in the journal on disk, as resume would read it. */
function journaled(notesDir: string): string | undefined {
  const [session] = findInterruptedSessions(notesDir);
  const read = readJournal(session!.path);
  if (!read.ok) throw read.error;
  return read.drafts.get('reflect:0:0:0')?.text;
}

describe('Esc back to the reflection, with the journal keeping the drafts', () => {
  it('brings back the submitted words, and keeps what is typed after', async () => {
    const notesDir = path.join(dir, 'notes');
    keeper = openSessionKeeper(config(), { notesDir, quiet: true });
    const { store } = keeper;
    const view = renderWith(
      { store, quiet: true, drafts: keeper.drafts },
      <App onDone={vi.fn()} />,
    );
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    await settle();
    await typeKeys(view.stdin, 'You felt alone');
    expect(journaled(notesDir)).toBe('You felt alone');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('Did I get it?');
    expect(keeper.drafts.get('reflect:0:0:0')).toBeUndefined();
    await settle(1_000);
    expect(journaled(notesDir)).toBeUndefined();

    view.stdin.write(KEY.esc);
    await settle();
    expect(view.lastFrame()).toContain('Reflect back');
    expect(view.lastFrame()).toContain('You felt alone');
    await typeKeys(view.stdin, ' and scared');
    expect(view.lastFrame()).toContain('You felt alone and scared');
    expect(journaled(notesDir)).toBe('You felt alone and scared');
    view.unmount();
  });
});
