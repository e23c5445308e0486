// The session's draft book is the journal's: what is typed is journaled as it is set, comes
// back from the journal on resume, and is let go once the engine takes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findInterruptedSessions } from '../../src/notes/index.js';
import { draftKeyFor } from '../../src/session/index.js';
import { openSessionKeeper, resumeSessionKeeper } from '../../src/ui/open-session.js';
import { config } from '../notes/fixtures.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-drafts-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the session's drafts", () => {
  it('come back from the journal on resume, and go once the reflection is submitted', () => {
    const notesDir = path.join(dir, 'notes');
    const keeper = openSessionKeeper(config(), { notesDir, quiet: true });
    keeper.store.dispatch({ type: 'agree', partner: 0 });
    keeper.store.dispatch({ type: 'agree', partner: 1 });
    keeper.store.dispatch({ type: 'end-turn' });
    const key = draftKeyFor(keeper.store.getState().step);
    expect(key).toBe('reflect:0:0:0');
    keeper.drafts.set(key!, { text: 'You felt', cursor: 8 });
    keeper.drafts.set(key!, { text: 'You felt alone', cursor: 14 });
    expect(keeper.drafts.get(key!)).toMatchObject({ text: 'You felt alone', cursor: 14 });
    expect(keeper.close().safe).toBe(true);

    const [found] = findInterruptedSessions(notesDir);
    const { keeper: resumed } = resumeSessionKeeper(found!.path, { notesDir, quiet: true });
    expect(resumed.store.getState().step.kind).toBe('reflect');
    expect(resumed.drafts.get(key!)).toMatchObject({ text: 'You felt alone', cursor: 14 });
    resumed.store.dispatch({ type: 'submit-reflection', text: 'You felt alone' });
    expect(resumed.drafts.get(key!)).toBeUndefined();
    resumed.close();

    const [again] = findInterruptedSessions(notesDir);
    const { keeper: last } = resumeSessionKeeper(again!.path, { notesDir, quiet: true });
    expect(last.store.getState().step.kind).toBe('check');
    expect(last.drafts.get(key!)).toBeUndefined();
    last.close();
  });
});
