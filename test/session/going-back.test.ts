// Esc back from "Reflect back" and "Did I get it?", off the record and back, and skips: what the
// engine keeps and what the notes then say.
import { describe, expect, it } from 'vitest';
import { renderSessionMarkdown } from '../../src/notes/markdown.js';
import { notYesCount, turnRemaining } from '../../src/session/index.js';
import { agreeBoth, MIN, session } from './helpers.js';

describe('Esc on "Reflect back"', () => {
  it('gives the floor back with the timer where it was, and the notes say so', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    clock.advance(1 * MIN);
    store.dispatch({ type: 'end-turn' });
    clock.advance(20_000); // the listener looks at the empty reflection, then presses Esc
    store.dispatch({ type: 'back-to-floor' });
    expect(state().step).toEqual({ kind: 'speak', prompt: 0, speaker: 0, attempt: 0 });
    expect(turnRemaining(state(), clock.now())).toBe(2 * MIN);
    clock.advance(30_000);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You felt alone.' });
    const turn = state().record.prompts[0]?.turns[0];
    expect(turn?.spokeMs).toBe(90_000);
    expect(turn?.exchanges).toEqual([{ spokeMs: 90_000, reflection: 'You felt alone.' }]);
    const notes = renderSessionMarkdown(state());
    expect(notes).toContain('### Ana had the floor (1 min 30 s)');
    expect(notes).toContain('*Ana went back to the floor once before Ben reflected back.*');
  });
});

describe('Esc on "Did I get it?"', () => {
  it('takes the reflection back unanswered, and the notes say it was rewritten', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    clock.advance(MIN);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You were angry.' });
    store.dispatch({ type: 'back-to-reflection' });
    expect(state().step.kind).toBe('reflect');
    expect(state().record.prompts[0]?.turns[0]?.exchanges).toEqual([]);
    store.dispatch({ type: 'submit-reflection', text: 'You were hurt, and then angry.' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    const exchanges = state().record.prompts[0]?.turns[0]?.exchanges;
    expect(exchanges).toEqual([
      { spokeMs: MIN, reflection: 'You were hurt, and then angry.', answer: 'yes' },
    ]);
    const notes = renderSessionMarkdown(state());
    expect(notes).not.toContain('You were angry.');
    expect(notes).toContain('*Ben took back a reflection to rewrite before Ana answered.*');
  });

  it('cannot take back a reflection that was answered', () => {
    const { store, state } = session();
    agreeBoth(store);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'x' });
    store.dispatch({ type: 'answer', answer: 'partly' });
    const before = state();
    store.dispatch({ type: 'back-to-reflection' });
    expect(state()).toBe(before);
  });
});

describe('off the record, and back on it', () => {
  it('keeps the turn when it is put back before anything was said back', () => {
    const { store, state } = session();
    agreeBoth(store);
    store.dispatch({ type: 'off-the-record' });
    expect(state().record.prompts[0]?.turns[0]?.offRecord).toBe(true);
    store.dispatch({ type: 'on-the-record' });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You were scared.' });
    expect(state().record.prompts[0]?.turns[0]?.offRecord).toBeUndefined();
    expect(renderSessionMarkdown(state())).toContain('> You were scared.');
  });
});

describe('not quite, again and again', () => {
  it('counts the answers that were not yes in the turn going on', () => {
    const { store, state } = session();
    agreeBoth(store);
    for (const answer of ['not-quite', 'partly', 'not-quite'] as const) {
      store.dispatch({ type: 'end-turn' });
      store.dispatch({ type: 'submit-reflection', text: 'try' });
      store.dispatch({ type: 'answer', answer });
    }
    expect(state().step).toMatchObject({ kind: 'speak', attempt: 3 });
    expect(notYesCount(state())).toBe(3);
  });
});

describe('a skip is called a skip', () => {
  it('in the notes, when the floor is skipped before a reflection', () => {
    const { store, state } = session();
    agreeBoth(store);
    store.dispatch({ type: 'skip-prompt' });
    store.dispatch({ type: 'skip-prompt' });
    const notes = renderSessionMarkdown(state());
    expect(notes).toContain('*We skipped this prompt before Ben reflected back.*');
    expect(notes).not.toContain('moved on');
  });
});
