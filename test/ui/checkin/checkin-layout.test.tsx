// The check-in read as a person at the terminal reads it: at 40x12 the guidance of every question
// and what the number is (not a score, kept with one's own answers) is on screen or one named key
// away; the number's hint wraps at words; and Ctrl+P (or P) pauses, with everything typed kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../../src/session/index.js';
import { initialCheckinFlow } from '../../../src/ui/checkin/checkin-flow.js';
import { createCheckinStore } from '../../../src/ui/checkin/checkin-store.js';
import { CheckinFlow } from '../../../src/ui/checkin/CheckinFlow.js';
import { words as catalogue } from '../../../src/words/index.js';
import { KEY, settle, setupSession, typeKeys, useFakeTime } from '../harness.js';
import { renderAt, SIZES, sizeName, type Size } from '../layout/headless.js';
import { expectFits, press, rowsOf, screenOf, unreadable, type View } from '../layout/reading.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const CTRL_P = '\u0010';

/** Ana and Ben's check-in on its first question; its pause breathes by the fake time. */
async function checkinAt(size: Size) {
  const clock: Clock = { now: () => Date.now() };
  const saved: string[] = [];
  const store = createCheckinStore(
    initialCheckinFlow({ names: ['Ana', 'Ben'], showSafety: false, dateIso: DATE }),
  );
  const { ui } = setupSession();
  const { view } = await renderAt(
    ui,
    <CheckinFlow
      store={store}
      rememberedNames={[]}
      clock={clock}
      save={(checkin) => {
        saved.push(JSON.stringify(checkin));
        return '/tmp/x.md';
      }}
      onFarewell={() => {}}
    />,
    size,
  );
  return { view, store, saved };
}

const DATE = '2026-11-25T21:05:00+01:00';

/**
 * The title is the top row, and no row starts with the space a line was wrapped at (the picker's
 * own rows start with the room for its brackets: " 1  2 …", " Rather not say").
 */
async function expectTitle(view: View, size: Size, title: string) {
  const picker = [/^ 1 {2}2 {2}3/, new RegExp(`^ ${catalogue().checkin.number.ratherNot}`)];
  const rows = await rowsOf(view, size);
  const stray = rows.filter(
    (row) => /^ [\p{L}\p{N}]/u.test(row) && !picker.some((ok) => ok.test(row)),
  );
  expect(stray, `rows starting with a stray space at ${sizeName(size)}`).toEqual([]);
  expect(rows[0] ?? '').toMatch(new RegExp(`^${title}`));
}
const SMALL = { columns: 40, rows: 12 };
const USUAL = { columns: 80, rows: 24 };

describe.each(SIZES)('the check-in at %o', (size) => {
  it(`every question's guidance can be read at ${sizeName(size)}`, async () => {
    const said = catalogue().checkin;
    const { view } = await checkinAt(size);
    for (const question of ['appreciated', 'stirred', 'need'] as const) {
      const asked = said.questions[question];
      await expectTitle(view, size, 'Check-in: ● Ana');
      expectFits(view, size);
      expect(await unreadable(view, size, `${asked.ask('Ana')} ${asked.help}`)).toEqual([]);
      await press(view, KEY.enter);
    }
    await expectTitle(view, size, 'Check-in: ● Ana');
    expectFits(view, size);
    const number = `${said.number.ask('Ana')} ${said.number.help} ${said.number.keys}`;
    expect(await unreadable(view, size, number)).toEqual([]);
    // The picker stays on every page: the guidance pages above it.
    expect(await screenOf(view, size)).toContain(said.number.ratherNot);
    await press(view, KEY.enter);
    await expectTitle(view, size, 'Check-in: ● Ana');
    expectFits(view, size);
    expect(await unreadable(view, size, said.number.notChosen)).toEqual([]);
  });
});

describe('the check-in on a small terminal', () => {
  it('names the key for the rest of the guidance, and marks the cut', async () => {
    const { view } = await checkinAt(SMALL);
    for (let i = 0; i < 3; i++) await press(view, KEY.enter);
    const screen = await screenOf(view, SMALL);
    expect(screen).toContain('M more');
    expect(screen).toContain('…');
    await press(view, 'm');
    expect(await screenOf(view, SMALL)).toContain('never set beside');
  });
});

describe('the pause in the check-in', () => {
  it('Ctrl+P pauses a question, calmly, and Enter goes back to it with what was typed', async () => {
    const { view } = await checkinAt(USUAL);
    expect(await screenOf(view, USUAL)).toContain('Ctrl+P pause');
    await typeKeys(view.stdin, 'the coffee');
    await press(view, CTRL_P);
    await expectTitle(view, USUAL, 'Paused');
    const screen = await screenOf(view, USUAL);
    expect(screen).toContain(catalogue().pause.forBoth);
    expect(await unreadable(view, USUAL, catalogue().common.pauseReminder)).toEqual([]);
    expect(screen).toMatch(/Breathe in/);
    // No break timer: nothing counts down here.
    expect(screen).not.toMatch(/Break|left|\d:\d\d/);
    expect(screen).toContain('Enter continue');
    expect(screen).not.toContain('P pause');
    await settle(5_000);
    expect(await screenOf(view, USUAL)).not.toBe(screen);
    await press(view, KEY.enter);
    const back = await screenOf(view, USUAL);
    expect(back).toContain('Ana, what is something you appreciated today?');
    expect(back).toContain('the coffee');
  });

  it('P pauses the number question, and the number is still not chosen after it', async () => {
    const { view } = await checkinAt(SMALL);
    for (let i = 0; i < 3; i++) await press(view, KEY.enter);
    expect(await screenOf(view, SMALL)).toContain('P pause');
    await press(view, 'p');
    await expectTitle(view, SMALL, 'Paused');
    expectFits(view, SMALL);
    expect(await unreadable(view, SMALL, catalogue().common.pauseReminder)).toEqual([]);
    await press(view, KEY.enter);
    const screen = await screenOf(view, SMALL);
    expect(screen).toContain('Ana, how safe and close');
    expect(screen).not.toContain('[');
  });

  it('Ctrl+C from the pause saves what was typed, marked as not finished', async () => {
    const { view, saved } = await checkinAt(USUAL);
    await typeKeys(view.stdin, 'the coffee');
    await press(view, CTRL_P);
    await expectTitle(view, USUAL, 'Paused');
    await press(view, KEY.ctrlC);
    expect(saved).toHaveLength(1);
    expect(JSON.parse(saved[0] ?? '{}')).toMatchObject({
      completed: false,
      answers: [{ appreciated: 'the coffee' }, {}],
    });
  });
});
