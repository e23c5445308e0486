import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Check } from '../../src/ui/screens/Check.js';
import { GroundRules } from '../../src/ui/screens/GroundRules.js';
import { Paused } from '../../src/ui/screens/Paused.js';
import { Speak } from '../../src/ui/screens/Speak.js';
import { useSessionState } from '../../src/ui/hooks/use-session-state.js';
import { SessionKeys } from '../../src/ui/session-keys.js';
import { KEY, renderWith, settle, setupSession, typeKeys, useFakeTime } from './harness.js';
import type { SessionStore } from '../../src/session/index.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

function Live({
  store,
  screen,
}: {
  store: SessionStore;
  screen: 'rules' | 'speak' | 'check' | 'paused';
}) {
  const state = useSessionState(store);
  // The session's own keys (the pause) around the screen, as in the App.
  return (
    <SessionKeys state={state} store={store}>
      {screen === 'rules' ? (
        <GroundRules state={state} />
      ) : screen === 'speak' ? (
        <Speak state={state} />
      ) : screen === 'check' ? (
        <Check state={state} />
      ) : (
        <Paused state={state} onEnd={() => store.dispatch({ type: 'finish' })} />
      )}
    </SessionKeys>
  );
}

describe('Ground rules', () => {
  it('asks each partner to agree by name, and ticks who has', async () => {
    const { store, ui } = setupSession();
    const view = renderWith(ui, <Live store={store} screen="rules" />);
    await settle();
    expect(view.lastFrame()).toContain('Ground rules');
    expect(view.lastFrame()).toContain('Ana agrees');
    expect(view.lastFrame()).toContain('Ben agrees');
    view.stdin.write('1');
    await settle();
    expect(view.lastFrame()).toMatch(/Ana agrees ✓/);
    expect(store.getState().step.kind).toBe('ground-rules');
    // Nothing is highlighted for Ben: Enter alone says how, and agrees for nobody.
    expect(view.lastFrame()).not.toContain('›');
    view.stdin.write(KEY.enter);
    await settle();
    expect(view.lastFrame()).toContain('press the number beside your own name');
    expect(store.getState().agreed).toEqual([true, false]);
    expect(store.getState().step.kind).toBe('ground-rules');
    view.stdin.write('2');
    await settle();
    expect(store.getState().step.kind).toBe('speak');
  });
});

describe('<Name> has the floor', () => {
  it('shows the speaker, the prompt, a countdown and a line for the listener', async () => {
    const { store, ui } = setupSession({ turnMs: 90_000 });
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    const view = renderWith(ui, <Live store={store} screen="speak" />);
    await settle();
    const frame = view.lastFrame() ?? '';
    expect(frame).toContain('Ana has the floor');
    expect(frame).toContain('Prompt 1 of 2 · turn 1 of 2');
    expect(frame).toContain('What hurt the most?');
    expect(frame).toContain("Ben: listen. Don't interrupt or defend.");
    expect(frame).toContain('╶─╮'); // the big countdown's digits
    expect(frame).toContain('Enter done speaking');
    expect(frame).toContain('P pause');
    expect(frame).toContain('S skip prompt');
    expect(frame).toContain('F to the closing');
  });

  it('counts down with the clock, notices little time left, and never cuts the speaker off', async () => {
    const { store, ui } = setupSession({ turnMs: 60_000 });
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    const view = renderWith(ui, <Live store={store} screen="speak" />);
    await settle(50_000);
    expect(view.lastFrame()).toContain('A little time left.');
    await settle(15_000);
    expect(view.lastFrame()).toContain('Time is up. Finish your thought, then press Enter.');
    expect(store.getState().step.kind).toBe('speak');
    view.stdin.write(KEY.enter);
    await settle();
    expect(store.getState().step.kind).toBe('reflect');
  });
});

describe('Did I get it?', () => {
  it('shows the reflection and offers Yes, Partly and Not quite in that order', async () => {
    const { store, ui } = setupSession();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You felt alone for months.' });
    const view = renderWith(ui, <Live store={store} screen="check" />);
    await settle();
    const frame = view.lastFrame() ?? '';
    expect(frame).toContain('Did I get it?');
    expect(frame).toContain('You felt alone for months.');
    expect(frame).toContain('Ana, did Ben get it?');
    expect(frame.indexOf('1. Yes')).toBeLessThan(frame.indexOf("2. Partly — there's more"));
    expect(frame.indexOf("2. Partly — there's more")).toBeLessThan(frame.indexOf('3. Not quite'));
    view.stdin.write('2');
    await settle();
    expect(view.lastFrame()).toContain('Ana, in a few words, what was missed?');
    await typeKeys(view.stdin, 'how scared I was');
    view.stdin.write(KEY.enter);
    await settle();
    expect(store.getState().step).toMatchObject({ kind: 'speak', speaker: 0, attempt: 1 });
    expect(store.getState().record.prompts[0]!.turns[0]!.exchanges[0]).toMatchObject({
      answer: 'partly',
      missing: 'how scared I was',
    });
  });
});

describe('Paused', () => {
  it('asks who paused, breathes, times the break, and resumes only when both are ready', async () => {
    const { store, ui } = setupSession();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'pause' });
    const view = renderWith(ui, <Live store={store} screen="paused" />);
    await settle();
    expect(view.lastFrame()).toContain('Paused');
    expect(view.lastFrame()).toContain('Who asked for this pause?');
    expect(view.lastFrame()).toContain('Pausing is not failing.');
    expect(view.lastFrame()).toMatch(/Break: 20:00 left of a 20-minute break/);
    view.stdin.write('2');
    await settle(61_000);
    expect(view.lastFrame()).toContain('Ben asked for a pause.');
    expect(view.lastFrame()).toMatch(/Break: 18:5\d left/);
    view.stdin.write('1');
    await settle();
    expect(view.lastFrame()).toMatch(/Ana is ready ✓/);
    expect(store.getState().pause).not.toBeNull();
    view.stdin.write('2');
    await settle();
    expect(store.getState().pause).toBeNull();
    expect(store.getState().record.pauses[0]).toMatchObject({ by: 1 });
  });

  it('lets the couple pass on who asked, lengthen a break that has run out, and not shorten below 5 minutes', async () => {
    const { store, ui } = setupSession({ breakMs: 5 * 60_000 });
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'pause' });
    const view = renderWith(ui, <Live store={store} screen="paused" />);
    await settle();
    view.stdin.write('3'); // We would rather not say
    await settle();
    expect(view.lastFrame()).toContain('Ana is ready');
    // Five minutes cannot be shorter: the choice stays, with its number, and takes nothing.
    expect(view.lastFrame()).toContain('4. A shorter break');
    view.stdin.write('4');
    await settle();
    expect(view.lastFrame()).toContain('The break cannot be shorter than 5 minutes.');
    expect(store.getState().pause!.breakMs).toBe(5 * 60_000);
    await settle(7 * 60_000);
    expect(view.lastFrame()).toContain('The break is over whenever you are both ready.');
    view.stdin.write('3'); // A longer break
    await settle();
    // Seven minutes gone of a five-minute break: five more from now makes twelve in all.
    expect(store.getState().pause!.breakMs).toBeGreaterThanOrEqual(12 * 60_000);
    expect(store.getState().pause!.breakMs).toBeLessThan(12 * 60_000 + 1_000);
    expect(view.lastFrame()).toMatch(/Break: (5:00|4:5\d) left of a 12-minute break/);
  });

  it('keeps every number where it was when a shorter break stops being possible: pressing 4 again and again never stops the talk', async () => {
    const { store, ui } = setupSession();
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'pause' });
    const view = renderWith(ui, <Live store={store} screen="paused" />);
    await settle();
    view.stdin.write('3'); // We would rather not say
    await settle();
    const breaks: string[] = [];
    for (let press = 0; press < 6; press++) {
      view.stdin.write('4');
      await settle();
      breaks.push(/Break: (\d+:\d\d) left/.exec(view.lastFrame() ?? '')?.[1] ?? '');
    }
    // 20 -> 15 -> 10 -> 5, then the same key takes nothing: no "Stop for today" asked, none done.
    expect(breaks).toEqual(['15:00', '10:00', '5:00', '5:00', '5:00', '5:00']);
    expect(view.lastFrame()).toContain('4. A shorter break');
    expect(view.lastFrame()).toContain('5. Stop for today and save');
    expect(view.lastFrame()).toContain('The break cannot be shorter than 5 minutes.');
    expect(view.lastFrame()).not.toContain('Choose it again');
    expect(store.getState().step.kind).not.toBe('done');
    expect(store.getState().pause).not.toBeNull();
  });
});
