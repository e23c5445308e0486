// A talk from the questions, in the engine: the partner who did not ask has the floor, the asker
// reflects, "Did I get it?" goes to the one who answered, then the asker marks it; what the talk
// writes back to the ledger is the same after a replay (nothing twice).
import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../src/questions/ledger.js';
import { itemsToBring, promptsFor, talkRecords } from '../../src/questions/talk.js';
import { replay, type SessionEvent } from '../../src/session/index.js';
import type { LedgerRecord } from '../../src/questions/types.js';
import { agreeBoth, config, session } from '../session/helpers.js';

const MONDAY = '2026-11-23T21:00:00+01:00';
const THURSDAY = '2026-11-26T20:10:00+01:00';

const records: LedgerRecord[] = [
  { t: 'ask', id: 'q-1', text: 'What did that winter mean to you?', by: 'Ben', at: MONDAY },
  { t: 'ask', id: 'q-2', text: 'Why did you stop telling me?', by: 'Ana', at: MONDAY },
  { t: 'ask', id: 'q-3', text: 'Settled already', by: 'Ben', at: MONDAY },
  { t: 'status', id: 'q-3', status: 'answered', at: MONDAY },
  {
    t: 'moment',
    id: 'm-1',
    by: 'Ben',
    at: MONDAY,
    when: 'this morning',
    strength: 7,
    trigger: 'a song in the car',
    helped: '',
    bring: true,
  },
];

describe('a talk from the questions', () => {
  const ledger = foldLedger(records);
  const items = itemsToBring(ledger);
  const prompts = promptsFor(items, ['Ana', 'Ben']);

  it('offers the open questions and the moments brought, not those answered for now', () => {
    expect(items.map((i) => (i.kind === 'question' ? i.question.id : i.moment.id))).toEqual([
      'm-1',
      'q-1',
      'q-2',
    ]);
    expect(prompts[1]?.title).toBe('What did that winter mean to you?');
    expect(prompts[1]?.guidance).toContain('Ben asked this on 23 Nov');
    expect(prompts[0]?.guidance).toContain("That makes sense; I did that. I'm here.");
    expect(prompts[0]?.guidance).toContain('a song in the car');
  });

  it('gives the floor to the one who did not ask, then the asker marks it', () => {
    const { store, state } = session({ prompts: prompts.slice(1), startedAtIso: THURSDAY });
    const events: SessionEvent[] = [];
    store.subscribe((event) => events.push(event));
    agreeBoth(store);
    // Ben asked q-1: Ana answers, Ben reflects, Ana says whether he got it, Ben marks it.
    expect(state().step).toMatchObject({ kind: 'speak', prompt: 0, speaker: 0 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You felt alone' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    expect(state().step).toMatchObject({ kind: 'mark', prompt: 0 });
    store.dispatch({ type: 'mark-question', mark: 'open' });
    // Ana asked q-2: Ben has the floor.
    expect(state().step).toMatchObject({ kind: 'speak', prompt: 1, speaker: 1 });
    expect(state().record.prompts[0]?.mark).toBe('open');

    const written = talkRecords(state(), ledger, THURSDAY);
    expect(written).toEqual([
      { t: 'brought', id: 'q-1', talk: THURSDAY, at: THURSDAY },
      { t: 'status', id: 'q-1', status: 'open', at: THURSDAY, talk: THURSDAY },
      { t: 'brought', id: 'q-2', talk: THURSDAY, at: THURSDAY },
    ]);
    // Once written, a replay of the same talk (a resume after a crash) adds nothing.
    const after = foldLedger([...records, ...written]);
    const replayed = replay(state().config, state().startedAt, events);
    expect(talkRecords(replayed, after, THURSDAY)).toEqual([]);
    const q1 = after.questions.find((q) => q.id === 'q-1');
    expect(q1?.talks).toEqual([THURSDAY]);
    expect(q1?.history.map((h) => h.status)).toEqual(['open', 'open']);
  });

  it('a moment owned: the writer says whether it helped, and it is not brought again', () => {
    const { store, state } = session({ prompts: prompts.slice(0, 1), startedAtIso: THURSDAY });
    agreeBoth(store);
    expect(state().step).toMatchObject({ kind: 'speak', speaker: 0 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'You owned it' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    store.dispatch({ type: 'mark-question', mark: 'a-little' });
    expect(state().step.kind).toBe('closing');
    const after = foldLedger([...records, ...talkRecords(state(), ledger, THURSDAY)]);
    expect(after.moments[0]?.owned?.helped).toBe('a-little');
    expect(itemsToBring(after).some((i) => i.kind === 'moment')).toBe(false);
  });

  it('a skipped question stays as it was', () => {
    const { store, state } = session({ prompts: prompts.slice(1, 2), startedAtIso: THURSDAY });
    agreeBoth(store);
    store.dispatch({ type: 'skip-prompt' });
    const written = talkRecords(state(), ledger, THURSDAY);
    expect(written.filter((r) => r.t === 'status')).toEqual([]);
  });

  it('an ordinary deck is untouched: both speak, no mark step', () => {
    const { store, state } = session({ prompts: config().prompts.slice(0, 1) });
    agreeBoth(store);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'x' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    expect(state().step).toMatchObject({ kind: 'speak', speaker: 1 });
  });
});
