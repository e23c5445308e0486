// Warnings say their cause first and whole at 80 columns, and the screen under them stays whole.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/ui/App.js';
import { watched } from '../../../src/ui/keeper.js';
import { SaveFailed } from '../../../src/ui/screens/SaveFailed.js';
import { settle, setupSession, useFakeTime } from '../harness.js';
import { onTerminal, renderAt } from './headless.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const AT_80 = { columns: 80, rows: 24 };
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const PROBLEMS = [
  'The disk is full, so the autosave could not keep up. You can go on: your words are kept here, and at the end you can save them elsewhere.',
  'The notes folder is on a read-only disk, so the autosave could not keep up. You can go on: your words are kept here, and at the end you can save them elsewhere.',
];

describe('the autosave warning at 80 columns', () => {
  it.each(PROBLEMS)('starts with its cause, whole, above a whole screen: %s', async (problem) => {
    const { store, ui } = setupSession();
    const autosaveProblem = watched<string | null>(null);
    const { view } = await renderAt({ ...ui, autosaveProblem }, <App onDone={() => {}} />, AT_80);
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    autosaveProblem.set(problem);
    await settle();
    const rows = await onTerminal(view.lastFrame() ?? '', AT_80);
    const cause = problem.split(',')[0] ?? '';
    expect(rows[0]).toMatch(new RegExp(`^${cause}`));
    const screen = flat(rows.join('\n'));
    expect(screen).toContain(problem);
    expect(screen).toContain('You can go on');
    // The floor screen is still whole under it: its title, its timer's keys, its footer.
    expect(screen).toContain('Ana has the floor');
    expect(screen).toContain('Ctrl+C save and quit');
    expect((view.lastFrame() ?? '').split('\n').length).toBeLessThan(AT_80.rows);
  });
});

describe('a failed save at 80 columns', () => {
  it('says why, whole, with every way on', async () => {
    const message =
      'talkturn is not allowed to write in the notes folder, so the notes could not be saved. Your words are still here: choose another folder.';
    const { ui } = setupSession();
    const { view } = await renderAt(
      ui,
      <SaveFailed message={message} onRetry={() => {}} onQuit={() => {}} />,
      AT_80,
    );
    const screen = flat((await onTerminal(view.lastFrame() ?? '', AT_80)).join('\n'));
    expect(screen).toContain(message);
    expect(screen).toContain('3. Quit for now (talkturn resume brings it back)');
  });
});
