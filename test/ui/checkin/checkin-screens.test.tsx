import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCheckinFrontMatter, saveCheckin, type Checkin } from '../../../src/notes/index.js';
import { LayoutProvider } from '../../../src/ui/components/LayoutProvider.js';
import { initialCheckinFlow } from '../../../src/ui/checkin/checkin-flow.js';
import { createCheckinStore } from '../../../src/ui/checkin/checkin-store.js';
import { CheckinFlow, type CheckinFarewell } from '../../../src/ui/checkin/CheckinFlow.js';
import { KEY, settle, typeKeys, useFakeTime } from '../harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const DATE = '2026-11-25T21:05:00+01:00';

function renderCheckin(
  options: {
    names?: string[];
    rememberedNames?: string[];
    save?: (checkin: Checkin, folder?: string) => string;
  } = {},
) {
  const notesDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'talkturn-checkin-')), 'notes');
  const store = createCheckinStore(
    initialCheckinFlow({ names: options.names, showSafety: false, dateIso: DATE }),
  );
  const farewell = vi.fn<(words: CheckinFarewell) => void>();
  const onNamesChosen = vi.fn<(names: string[]) => void>();
  const save =
    options.save ??
    ((checkin: Checkin, folder?: string) =>
      saveCheckin({ checkin, notesDir: folder ?? notesDir }).path);
  const view = render(
    <LayoutProvider>
      <CheckinFlow
        store={store}
        rememberedNames={options.rememberedNames ?? []}
        save={save}
        onNamesChosen={onNamesChosen}
        onFarewell={farewell}
      />
    </LayoutProvider>,
  );
  const notes = () => readdirSync(notesDir).filter((name) => name.endsWith('.md'));
  const note = () => readFileSync(path.join(notesDir, notes()[0] ?? 'missing'), 'utf8');
  return { view, store, notesDir, farewell, onNamesChosen, notes, note };
}

type View = ReturnType<typeof render>;

async function answer(view: View, text: string) {
  if (text) await typeKeys(view.stdin, text);
  view.stdin.write(KEY.enter);
  await settle();
}

async function press(view: View, key: string) {
  view.stdin.write(key);
  await settle();
}

describe('the check-in screens', () => {
  it('walks both partners through, hides each number from the other, and saves the note', async () => {
    const { view, note, notes, farewell } = renderCheckin({ names: ['Ana', 'Ben'] });
    await settle();
    expect(view.lastFrame()).toContain('Check-in: ● Ana');
    expect(view.lastFrame()).toContain('Ana, what is something you appreciated today?');
    expect(view.lastFrame()).toContain('1 of 4');
    await answer(view, 'the coffee');
    expect(view.lastFrame()).toContain('Ana, did anything today stir up the hurt?');
    await answer(view, '');
    expect(view.lastFrame()).toContain('Ana, what is one thing you need?');
    await answer(view, 'a walk');
    expect(view.lastFrame()).toContain('Ana, how safe and close do you feel today?');
    expect(view.lastFrame()).toContain('0 for 10');
    expect(view.lastFrame()).toContain('Rather not say');
    await press(view, '6');

    expect(view.lastFrame()).toContain('Check-in: ◆ Ben');
    await answer(view, 'Ana listened');
    await answer(view, 'a text from work');
    await answer(view, 'time');
    expect(view.lastFrame()).toContain('Ben, how safe and close do you feel today?');
    expect(view.lastFrame()).not.toContain('[6]');
    await press(view, '0');

    expect(view.lastFrame()).toContain('Check-in saved');
    expect(view.lastFrame()).toContain('Thank you both');
    expect(view.lastFrame()).not.toMatch(/\b(6|10)\b.*\b(6|10)\b/);
    expect(notes()).toEqual(['2026-11-25-2105-checkin.md']);
    const markdown = note();
    expect(parseCheckinFrontMatter(markdown)).toEqual({
      talkturn: 1,
      kind: 'checkin',
      date: DATE,
      partners: ['Ana', 'Ben'],
      safeAndClose: [6, 10],
    });
    expect(markdown).toContain('> the coffee');
    expect(markdown).toContain('> a text from work');
    expect(markdown).not.toContain('not finished');
    await press(view, KEY.enter);
    expect(farewell).toHaveBeenCalledWith({
      code: 0,
      message: expect.stringContaining('2026-11-25-2105-checkin.md'),
    });
  });

  it('takes empty answers, a number by arrows, and "rather not say" with N or the arrows', async () => {
    const { view, note } = renderCheckin({ names: ['Ana', 'Ben'] });
    await settle();
    for (let i = 0; i < 3; i++) await answer(view, '');
    await press(view, KEY.enter);
    expect(view.lastFrame()).toContain('would rather not say');
    expect(view.lastFrame()).toContain('Ana, how safe and close');
    await press(view, '\u001B[C');
    await press(view, '\u001B[C');
    await press(view, '\u001B[C');
    expect(view.lastFrame()).toContain('[3]');
    await press(view, KEY.down);
    expect(view.lastFrame()).toContain('[Rather not say]');
    await press(view, KEY.up);
    expect(view.lastFrame()).toContain('[10]');
    await press(view, '\u001B[D');
    await press(view, KEY.enter);
    for (let i = 0; i < 3; i++) await answer(view, '');
    await press(view, 'n');
    expect(view.lastFrame()).toContain('Check-in saved');
    expect(parseCheckinFrontMatter(note())?.safeAndClose).toEqual([9, null]);
    expect(note()).toContain('## Ana\n\nHow safe and close I feel today, from 1 to 10: 9.');
    expect(note()).toContain('## Ben\n\nHow safe and close I feel today: I would rather not say.');
    expect(note()).toContain('*Nothing written.*');
  });

  it('goes back one question with Esc, with what was typed still there', async () => {
    const { view, note } = renderCheckin({ names: ['Ana', 'Ben'] });
    await settle();
    expect(view.lastFrame()).not.toContain('Esc back');
    await answer(view, 'the coffee');
    expect(view.lastFrame()).toContain('Esc back');
    await typeKeys(view.stdin, 'half a thought');
    await press(view, KEY.esc);
    await settle();
    expect(view.lastFrame()).toContain('something you appreciated');
    expect(view.lastFrame()).toContain('the coffee');
    await typeKeys(view.stdin, ' and tea');
    await press(view, KEY.enter);
    expect(view.lastFrame()).toContain('half a thought');
    await press(view, KEY.enter);
    await answer(view, '');
    await press(view, '8');
    await press(view, KEY.esc);
    await settle();
    expect(view.lastFrame()).toContain('Ana, how safe and close');
    expect(view.lastFrame()).toContain('[8]');
    await press(view, KEY.enter);
    for (let i = 0; i < 3; i++) await answer(view, '');
    await press(view, '5');
    expect(note()).toContain('> the coffee and tea');
    expect(note()).toContain('> half a thought');
    expect(parseCheckinFrontMatter(note())?.safeAndClose).toEqual([8, 5]);
  });

  it('asks the names, offering the remembered ones, and remembers them', async () => {
    const { view, onNamesChosen } = renderCheckin({ rememberedNames: ['Ana', 'Ben'] });
    await settle();
    expect(view.lastFrame()).toContain('The first partner: what is your name?');
    expect(view.lastFrame()).toContain('Ana');
    await press(view, KEY.enter);
    expect(view.lastFrame()).toContain('And the second partner');
    await press(view, KEY.enter);
    expect(view.lastFrame()).toContain('Check-in: ● Ana');
    expect(onNamesChosen).toHaveBeenCalledWith(['Ana', 'Ben']);
    await press(view, KEY.esc);
    await settle();
    expect(view.lastFrame()).toContain('And the second partner');
  });

  it('quits with Ctrl+C saying nothing was saved when nothing was answered', async () => {
    const { view, farewell, notesDir } = renderCheckin({ names: ['Ana', 'Ben'] });
    await settle();
    await press(view, KEY.ctrlC);
    expect(farewell).toHaveBeenCalledWith({
      code: 0,
      message: 'Nothing was saved. Check in whenever you like.',
    });
    expect(() => readdirSync(notesDir)).toThrow();
  });

  it('keeps typed words on Ctrl+C: saved at once, marked as not finished', async () => {
    const { view, farewell, note } = renderCheckin({ names: ['Ana', 'Ben'] });
    await settle();
    await answer(view, 'the coffee');
    await typeKeys(view.stdin, 'still typing');
    await press(view, KEY.ctrlC);
    const markdown = note();
    expect(parseCheckinFrontMatter(markdown)).toMatchObject({
      safeAndClose: [null, null],
      completed: false,
    });
    expect(markdown).toContain('> the coffee');
    expect(markdown).toContain('> still typing');
    expect(markdown).toContain('stopped part of the way through');
    expect(farewell).toHaveBeenCalledWith({
      code: 0,
      message: expect.stringMatching(/What you typed is saved in .*, marked as not finished\./),
    });
  });

  it('says so when saving fails, keeps the words, and saves in another folder', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'talkturn-checkin-'));
    const blocked = path.join(base, 'a-file');
    writeFileSync(blocked, '');
    const { view, farewell } = renderCheckin({
      names: ['Ana', 'Ben'],
      save: (checkin, folder) => saveCheckin({ checkin, notesDir: folder ?? blocked }).path,
    });
    await settle();
    await answer(view, 'the coffee');
    await answer(view, '');
    await answer(view, '');
    await press(view, '4');
    for (let i = 0; i < 3; i++) await answer(view, '');
    await press(view, '0');
    expect(view.lastFrame()).toContain('The check-in is not saved yet');
    expect(view.lastFrame()).toContain('Nothing you typed is lost');
    await press(view, '2');
    const elsewhere = path.join(base, 'elsewhere');
    await typeKeys(view.stdin, elsewhere);
    await press(view, KEY.enter);
    expect(view.lastFrame()).toContain('Check-in saved');
    const [file] = readdirSync(elsewhere);
    const markdown = readFileSync(path.join(elsewhere, file ?? ''), 'utf8');
    expect(parseCheckinFrontMatter(markdown)?.safeAndClose).toEqual([4, 10]);
    expect(farewell).not.toHaveBeenCalled();
  });
});
