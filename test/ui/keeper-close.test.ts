// What a session says when it is let go of is true: saved here, saved in a rescue folder (and
// where), or not saved at all (then it stays open).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionKeeper } from '../../src/ui/open-session.js';
import { config } from '../session/helpers.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-keeper-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A notes folder that can never be made: its parent is a file. */
function unwritable(): string {
  fs.writeFileSync(path.join(dir, 'a-file'), '');
  return path.join(dir, 'a-file', 'notes');
}

describe('letting go of a session', () => {
  it('says the words are saved when the autosave is in the notes folder', () => {
    const keeper = openSessionKeeper(config(), { notesDir: path.join(dir, 'notes'), quiet: true });
    keeper.drafts.set('reflect:0:0:0', { text: 'kept', cursor: 4 });
    expect(keeper.close()).toEqual({
      safe: true,
      words: 'Everything you typed is saved.\nTo carry on where you left off, run: talkturn resume',
    });
  });

  it('says where, when the autosave had to move to a rescue folder', () => {
    const rescue = path.join(dir, 'rescue');
    const keeper = openSessionKeeper(config(), {
      notesDir: unwritable(),
      quiet: true,
      rescueDirs: [rescue],
    });
    keeper.drafts.set('reflect:0:0:0', { text: 'kept elsewhere', cursor: 14 });
    const kept = keeper.close();
    expect(kept.safe).toBe(true);
    expect(kept.words).toContain(`saved in ${path.join(rescue, '.journal')} instead`);
    const [journal] = fs.readdirSync(path.join(rescue, '.journal'));
    expect(fs.readFileSync(path.join(rescue, '.journal', journal!), 'utf8')).toContain(
      'kept elsewhere',
    );
  });

  it('stays open, and says the words are only on screen, when nothing can be written', () => {
    const keeper = openSessionKeeper(config(), { notesDir: unwritable(), quiet: true });
    keeper.drafts.set('reflect:0:0:0', { text: 'only here', cursor: 9 });
    const kept = keeper.close();
    expect(kept.safe).toBe(false);
    expect(kept.words).toContain('They are only on this screen.');
    expect(kept.words).not.toContain('is saved');
    // Forced (a signal): it lets go, and still says nothing untrue.
    expect(keeper.close({ force: true }).safe).toBe(false);
  });
});
