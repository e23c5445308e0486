import { describe, expect, it } from 'vitest';
import {
  initialCheckinFlow,
  reduceCheckin,
  type CheckinEvent,
  type CheckinFlowState,
} from '../../../src/ui/checkin/checkin-flow.js';
import { hasAnswers, toCheckin } from '../../../src/ui/checkin/checkin-result.js';

const DATE = '2026-11-25T21:00:00+01:00';

const run = (state: CheckinFlowState, ...events: CheckinEvent[]) =>
  events.reduce(reduceCheckin, state);

const withNames = () =>
  initialCheckinFlow({ names: ['Ana', 'Ben'], showSafety: false, dateIso: DATE });

const answerAll = (text: string): CheckinEvent[] => [
  { type: 'answered', text: `${text} appreciated` },
  { type: 'answered', text: '' },
  { type: 'answered', text: `${text} needs` },
];

describe('the check-in flow', () => {
  it('asks each partner in turn the three questions and their number, then saves', () => {
    let state = withNames();
    expect(state.step).toEqual({ screen: 'question', partner: 0, question: 'appreciated' });
    state = run(state, ...answerAll('Ana'));
    expect(state.step).toEqual({ screen: 'number', partner: 0 });
    state = run(state, { type: 'chose', value: 7 });
    expect(state.step).toEqual({ screen: 'question', partner: 1, question: 'appreciated' });
    state = run(state, ...answerAll('Ben'), { type: 'chose', value: null });
    expect(state.step).toEqual({ screen: 'saving', finished: true });
    expect(toCheckin(state, true)).toEqual({
      partners: ['Ana', 'Ben'],
      dateIso: DATE,
      answers: [
        { appreciated: 'Ana appreciated', stirred: '', need: 'Ana needs', safeAndClose: 7 },
        { appreciated: 'Ben appreciated', stirred: '', need: 'Ben needs', safeAndClose: null },
      ],
    });
    state = run(state, { type: 'saved', path: '/n/x.md' });
    expect(state.step).toEqual({ screen: 'saved', path: '/n/x.md', finished: true });
  });

  it('shows the first-run notice, then asks the names the command line did not give', () => {
    let state = initialCheckinFlow({ showSafety: true, dateIso: DATE });
    expect(state.step).toEqual({ screen: 'safety' });
    state = run(state, { type: 'safetyRead' });
    expect(state.step).toEqual({ screen: 'name', index: 0 });
    state = run(state, { type: 'named', name: 'Ana' }, { type: 'back' });
    expect(state.step).toEqual({ screen: 'name', index: 0 });
    expect(state.names).toEqual(['Ana']);
    state = run(state, { type: 'named', name: 'Ana' }, { type: 'named', name: 'Ben' });
    expect(state.names).toEqual(['Ana', 'Ben']);
    expect(state.step).toEqual({ screen: 'question', partner: 0, question: 'appreciated' });
    state = run(state, { type: 'back' });
    expect(state.step).toEqual({ screen: 'name', index: 1 });
  });

  it('goes back one question with Esc, keeping what was typed, but never to given names', () => {
    let state = run(withNames(), { type: 'back' });
    expect(state.step).toEqual({ screen: 'question', partner: 0, question: 'appreciated' });
    state = run(state, ...answerAll('Ana'), { type: 'chose', value: 4 }, { type: 'back' });
    expect(state.step).toEqual({ screen: 'number', partner: 0 });
    expect(state.drafts[0].safeAndClose).toBe(4);
    state = run(state, { type: 'back' }, { type: 'back' });
    expect(state.step).toEqual({ screen: 'question', partner: 0, question: 'stirred' });
    state = run(state, { type: 'typed', text: 'the phone at dinner' }, { type: 'back' });
    expect(state.drafts[0].stirred).toBe('the phone at dinner');
    expect(state.drafts[0].appreciated).toBe('Ana appreciated');
  });

  it('knows when something was answered, and saves a stopped check-in as not finished', () => {
    let state = withNames();
    expect(hasAnswers(state)).toBe(false);
    state = run(state, { type: 'typed', text: '   ' });
    expect(hasAnswers(state)).toBe(false);
    state = run(state, { type: 'typed', text: 'the walk ' });
    expect(hasAnswers(state)).toBe(true);
    expect(toCheckin(state, false)).toMatchObject({
      completed: false,
      answers: [{ appreciated: 'the walk', safeAndClose: null }, { appreciated: '' }],
    });
    state = run(state, { type: 'saveFailed', message: 'The disk is full.', finished: false });
    expect(state.step).toEqual({ screen: 'failed', message: 'The disk is full.', finished: false });
    state = run(state, { type: 'retry', folder: '/elsewhere' });
    expect(state.step).toEqual({ screen: 'saving', finished: false, folder: '/elsewhere' });
  });

  it('ignores events that do not belong to the current step', () => {
    const state = withNames();
    expect(run(state, { type: 'chose', value: 3 })).toBe(state);
    expect(run(state, { type: 'named', name: 'X' })).toBe(state);
    expect(run(state, { type: 'retry' })).toBe(state);
  });

  it('marks what nobody reached, also after going back with Esc, and never a number nobody chose', () => {
    let state = run(withNames(), ...answerAll('Ana'), { type: 'back' }, { type: 'back' });
    expect(state.step).toEqual({ screen: 'question', partner: 0, question: 'stirred' });
    // Ana's number was shown before Esc: reached, but not chosen, so not answered either.
    const [ana, ben] = toCheckin(state, false).answers;
    expect(ana).toMatchObject({ notReached: ['safeAndClose'], safeAndClose: null });
    expect(ben).toMatchObject({
      notReached: ['appreciated', 'stirred', 'need', 'safeAndClose'],
    });
    state = run(withNames(), ...answerAll('Ana'), { type: 'chose', value: null });
    expect(toCheckin(state, false).answers[0]).not.toHaveProperty('notReached');
  });

  it('pauses on the questions and the safety notice, and goes on where it was', () => {
    const asking = run(withNames(), { type: 'typed', text: 'the walk' });
    const paused = run(asking, { type: 'pause' });
    expect(paused.paused).toBe(true);
    expect(paused.step).toEqual(asking.step);
    const on = run(paused, { type: 'goOn' });
    expect(on.paused).toBe(false);
    expect(on.drafts[0].appreciated).toBe('the walk');
    const naming = initialCheckinFlow({ showSafety: false, dateIso: DATE });
    expect(run(naming, { type: 'pause' }).paused).toBe(false);
    const notice = initialCheckinFlow({ showSafety: true, dateIso: DATE });
    expect(run(notice, { type: 'pause' }).paused).toBe(true);
    const stopped = run(paused, { type: 'saved', path: '/n/x.md' });
    expect(stopped).toMatchObject({ paused: false, step: { screen: 'saved' } });
    expect(run(stopped, { type: 'pause' }).paused).toBe(false);
  });
});
