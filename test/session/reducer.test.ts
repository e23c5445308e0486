import { describe, expect, it } from 'vitest';
import {
  draftKey,
  floor,
  promptProgress,
  replay,
  sessionElapsed,
  sessionNearEnd,
  turnRemaining,
  turnTime,
  type SessionEvent,
} from '../../src/session/index.js';
import { agreeBoth, MIN, session } from './helpers.js';

describe('ground rules', () => {
  it('waits for both partners to agree before anyone has the floor', () => {
    const { store, state } = session();
    store.dispatch({ type: 'agree', partner: 0 });
    expect(state().step.kind).toBe('ground-rules');
    store.dispatch({ type: 'agree', partner: 0 });
    expect(state().step.kind).toBe('ground-rules');
    store.dispatch({ type: 'agree', partner: 1 });
    expect(state().step).toEqual({ kind: 'speak', prompt: 0, speaker: 0, attempt: 0 });
  });

  it('ignores moves that do not belong to the current step', () => {
    const { store, state } = session();
    const before = state();
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'x' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    expect(state()).toBe(before);
  });
});

describe('a whole session', () => {
  it('runs speak, reflect, check and swap for both partners on every prompt, then the closing', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    for (const [prompt, order] of [
      [0, [0, 1]],
      [1, [1, 0]],
    ] as const) {
      for (const speaker of order) {
        expect(state().step).toMatchObject({ kind: 'speak', prompt, speaker });
        clock.advance(2 * MIN);
        store.dispatch({ type: 'end-turn' });
        expect(state().step).toMatchObject({ kind: 'reflect', prompt, speaker });
        store.dispatch({ type: 'submit-reflection', text: `heard ${speaker} on ${prompt}` });
        expect(state().step.kind).toBe('check');
        store.dispatch({ type: 'answer', answer: 'yes' });
      }
    }
    expect(state().step).toEqual({ kind: 'closing', partner: 0, field: 'appreciation' });
    const answers = ['a0', 'a1', 'g0', 'g1', 't0', 't1'];
    for (const text of answers) store.dispatch({ type: 'submit-closing', text });
    const done = state();
    expect(done.step.kind).toBe('done');
    expect(done.completed).toBe(true);
    expect(done.record.closing).toEqual([
      { appreciation: 'a0', agreement: 'g0', therapy: 't0' },
      { appreciation: 'a1', agreement: 'g1', therapy: 't1' },
    ]);
    expect(done.record.prompts).toHaveLength(2);
    const second = done.record.prompts[1]!;
    expect(second.turns.map((t) => t.speaker)).toEqual([1, 0]);
    expect(second.turns[0]).toMatchObject({
      spokeMs: 2 * MIN,
      exchanges: [{ reflection: 'heard 1 on 1', answer: 'yes', spokeMs: 2 * MIN }],
    });
    expect(sessionElapsed(done, clock.now() + 10 * MIN)).toBe(8 * MIN);
  });

  it('loops back to the speaker on "partly" and "not quite", then reflects again', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    clock.advance(MIN);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'first try' });
    store.dispatch({ type: 'answer', answer: 'partly', missing: 'how scared I was' });
    expect(state().step).toEqual({ kind: 'speak', prompt: 0, speaker: 0, attempt: 1 });
    expect(turnRemaining(state(), clock.now())).toBe(3 * MIN);
    clock.advance(30_000);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'second try' });
    store.dispatch({ type: 'answer', answer: 'not-quite' });
    expect(state().step).toMatchObject({ kind: 'speak', speaker: 0, attempt: 2 });
    clock.advance(10_000);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'third try' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    expect(state().step).toMatchObject({ kind: 'speak', prompt: 0, speaker: 1, attempt: 0 });
    const turn = state().record.prompts[0]!.turns[0]!;
    expect(turn.exchanges).toEqual([
      { spokeMs: MIN, reflection: 'first try', answer: 'partly', missing: 'how scared I was' },
      { spokeMs: 30_000, reflection: 'second try', answer: 'not-quite' },
      { spokeMs: 10_000, reflection: 'third try', answer: 'yes' },
    ]);
    expect(turn.spokeMs).toBe(MIN + 40_000);
  });

  it('adds validate and empathise steps when the deck asks for them', () => {
    const { store, state } = session({ options: { validate: true, empathize: true } });
    agreeBoth(store);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'r' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    expect(state().step.kind).toBe('validate');
    expect(draftKey(state())).toBe('validate:0:0:0');
    store.dispatch({ type: 'submit-validation', text: 'that makes sense because' });
    expect(state().step.kind).toBe('empathize');
    store.dispatch({ type: 'submit-empathy', text: 'I imagine you feel' });
    expect(state().step).toMatchObject({ kind: 'speak', speaker: 1 });
    expect(state().record.prompts[0]!.turns[0]).toMatchObject({
      validation: 'that makes sense because',
      empathy: 'I imagine you feel',
    });
  });

  it('gives the floor only to the partner a prompt is for, when the couple said who is who', () => {
    const prompts = [
      { title: 'What did you do?', floor: 'repairing' as const },
      { title: 'What hurt?', floor: 'hurt' as const },
    ];
    const { store, state } = session({ prompts, repairing: 1 });
    agreeBoth(store);
    expect(state().step).toMatchObject({ prompt: 0, speaker: 1 });
    expect(promptProgress(state())).toMatchObject({ number: 1, total: 2, round: 1, rounds: 1 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'r' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    expect(state().step).toMatchObject({ prompt: 1, speaker: 0 });
  });

  it('gives every prompt to both partners when the couple would rather not say who is who', () => {
    const { store, state } = session({
      prompts: [{ title: 'What did you do?', floor: 'repairing' }],
    });
    agreeBoth(store);
    expect(promptProgress(state())).toMatchObject({ round: 1, rounds: 2 });
  });

  it('keeps the time on the floor of a speaker whose prompt is skipped or closed early', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    clock.advance(40_000);
    store.dispatch({ type: 'skip-prompt' });
    clock.advance(25_000);
    store.dispatch({ type: 'go-to-closing' });
    const [first, second] = state().record.prompts;
    expect(first!.turns[0]!.spokeMs).toBe(40_000);
    expect(second!.turns[0]!.spokeMs).toBe(25_000);
  });

  it('skips a prompt from any of its steps and records that it was skipped', () => {
    const { store, state } = session();
    agreeBoth(store);
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'skip-prompt' });
    expect(state().step).toMatchObject({ kind: 'speak', prompt: 1, speaker: 1 });
    expect(state().record.prompts[0]!.skipped).toBe(true);
    store.dispatch({ type: 'skip-prompt' });
    expect(state().step.kind).toBe('closing');
  });

  it('moves to the closing early and can finish without completing it', () => {
    const { store, state } = session();
    agreeBoth(store);
    store.dispatch({ type: 'go-to-closing' });
    expect(state().step.kind).toBe('closing');
    store.dispatch({ type: 'submit-closing', text: 'thank you for staying' });
    store.dispatch({ type: 'finish' });
    expect(state().step.kind).toBe('done');
    expect(state().completed).toBe(false);
    expect(state().record.closing[0]!.appreciation).toBe('thank you for staying');
  });
});

describe('time', () => {
  it('derives the time left from the clock, whatever the number of renders', () => {
    const { store, state, clock } = session({ turnMs: 3 * MIN });
    agreeBoth(store);
    clock.advance(2 * MIN + 45_000);
    expect(turnRemaining(state(), clock.now())).toBe(15_000);
    expect(turnTime(state(), clock.now())).toBe('little');
    clock.advance(15_000);
    expect(turnRemaining(state(), clock.now())).toBe(0);
    expect(turnTime(state(), clock.now())).toBe('up');
  });

  it('never cuts the speaker off: the floor stays theirs after the time is up', () => {
    const { store, state, clock } = session({ turnMs: MIN });
    agreeBoth(store);
    clock.advance(5 * MIN);
    expect(state().step.kind).toBe('speak');
    expect(turnRemaining(state(), clock.now())).toBe(-4 * MIN);
    store.dispatch({ type: 'end-turn' });
    expect(state().record.prompts[0]!.turns[0]!.spokeMs).toBe(5 * MIN);
  });

  it('suggests the closing near the end of the time box, excluding pauses', () => {
    const { store, state, clock } = session({ maxMs: 45 * MIN });
    agreeBoth(store);
    clock.advance(39 * MIN);
    expect(sessionNearEnd(state(), clock.now())).toBe(false);
    store.dispatch({ type: 'pause', by: 0 });
    clock.advance(30 * MIN);
    expect(sessionNearEnd(state(), clock.now())).toBe(false);
    store.dispatch({ type: 'ready', partner: 0 });
    store.dispatch({ type: 'ready', partner: 1 });
    clock.advance(MIN);
    expect(sessionNearEnd(state(), clock.now())).toBe(true);
  });
});

describe('pause', () => {
  const phases = [
    ['ground-rules', []],
    ['speak', ['agree0', 'agree1']],
    ['reflect', ['agree0', 'agree1', 'end']],
    ['check', ['agree0', 'agree1', 'end', 'reflect']],
    ['closing', ['agree0', 'agree1', 'closing']],
  ] as const;

  it.each(phases)('holds everything during %s until both partners are ready', (kind, moves) => {
    const { store, state, clock } = session();
    for (const move of moves) {
      if (move === 'agree0') store.dispatch({ type: 'agree', partner: 0 });
      if (move === 'agree1') store.dispatch({ type: 'agree', partner: 1 });
      if (move === 'end') store.dispatch({ type: 'end-turn' });
      if (move === 'reflect') store.dispatch({ type: 'submit-reflection', text: 'r' });
      if (move === 'closing') store.dispatch({ type: 'go-to-closing' });
    }
    expect(state().step.kind).toBe(kind);
    const stepBefore = state().step;
    store.dispatch({ type: 'pause', by: 1 });
    expect(state().pause).toMatchObject({ by: 1, ready: [false, false] });
    // Nothing moves while paused.
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'x' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'submit-closing', text: 'x' });
    expect(state().step).toEqual(stepBefore);
    clock.advance(7 * MIN);
    store.dispatch({ type: 'ready', partner: 1 });
    expect(state().pause).not.toBeNull();
    store.dispatch({ type: 'ready', partner: 0 });
    expect(state().pause).toBeNull();
    expect(state().record.pauses).toEqual([
      { by: 1, atSessionMs: expect.any(Number), durationMs: 7 * MIN, during: kind },
    ]);
  });

  it('freezes the turn clock while paused', () => {
    const { store, state, clock } = session({ turnMs: 3 * MIN });
    agreeBoth(store);
    clock.advance(MIN);
    store.dispatch({ type: 'pause', by: 0 });
    clock.advance(20 * MIN);
    expect(turnRemaining(state(), clock.now())).toBe(2 * MIN);
    store.dispatch({ type: 'ready', partner: 0 });
    store.dispatch({ type: 'ready', partner: 1 });
    expect(turnRemaining(state(), clock.now())).toBe(2 * MIN);
    clock.advance(30_000);
    expect(turnRemaining(state(), clock.now())).toBe(90_000);
    store.dispatch({ type: 'end-turn' });
    expect(state().record.prompts[0]!.turns[0]!.spokeMs).toBe(90_000);
    expect(state().record.pauses[0]).toMatchObject({ by: 0, atSessionMs: MIN, during: 'speak' });
  });

  it('can finish the session from a pause, and records the pause', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    store.dispatch({ type: 'pause', by: 0 });
    clock.advance(MIN);
    store.dispatch({ type: 'set-break', ms: 10 * MIN });
    expect(state().pause!.breakMs).toBe(10 * MIN);
    store.dispatch({ type: 'finish' });
    expect(state().step.kind).toBe('done');
    expect(state().record.pauses).toHaveLength(1);
  });

  it('pauses at once and lets the couple say afterwards who asked for it', () => {
    const { store, state, clock } = session();
    agreeBoth(store);
    store.dispatch({ type: 'pause' });
    expect(state().pause).toMatchObject({ by: null });
    store.dispatch({ type: 'pause-called-by', partner: 1 });
    clock.advance(MIN);
    store.dispatch({ type: 'ready', partner: 0 });
    store.dispatch({ type: 'ready', partner: 1 });
    expect(state().record.pauses[0]).toMatchObject({ by: 1, durationMs: MIN });
  });

  it('ignores a second pause call and ready from a partner who does not exist', () => {
    const { store, state } = session();
    store.dispatch({ type: 'pause', by: 0 });
    const paused = state();
    store.dispatch({ type: 'pause', by: 1 });
    store.dispatch({ type: 'ready', partner: 5 as 0 });
    expect(state()).toBe(paused);
  });
});

describe('solo decks', () => {
  it('opens a timed free-write for each prompt, for one partner', () => {
    const { store, state, clock } = session({
      partners: ['Ana'],
      deck: { id: 'start-where-you-are', title: 'Start where you are', solo: true },
    });
    store.dispatch({ type: 'agree', partner: 0 });
    expect(state().step).toEqual({ kind: 'write', prompt: 0, speaker: 0, attempt: 0 });
    expect(floor(state())).toMatchObject({ speakerName: 'Ana', listener: null });
    clock.advance(MIN);
    store.dispatch({ type: 'submit-writing', text: 'what I feel' });
    expect(state().step).toMatchObject({ kind: 'write', prompt: 1 });
    store.dispatch({ type: 'submit-writing', text: 'second' });
    expect(state().step).toEqual({ kind: 'closing', partner: 0, field: 'appreciation' });
    for (const t of ['a', 'b', 'c']) store.dispatch({ type: 'submit-closing', text: t });
    expect(state().step.kind).toBe('done');
    expect(state().record.prompts[0]!.turns[0]).toMatchObject({
      writing: 'what I feel',
      spokeMs: MIN,
    });
  });
});

describe('events as data', () => {
  it('rebuilds the same state from the journaled events', () => {
    const { store, state, clock } = session({ options: { validate: true, empathize: false } });
    const events: SessionEvent[] = [];
    store.subscribe((event) => events.push(JSON.parse(JSON.stringify(event))));
    agreeBoth(store);
    clock.advance(MIN);
    store.dispatch({ type: 'pause', by: 1 });
    clock.advance(MIN);
    store.dispatch({ type: 'ready', partner: 0 });
    store.dispatch({ type: 'ready', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'what I heard' });
    store.dispatch({ type: 'answer', answer: 'partly' });
    const rebuilt = replay(state().config, state().startedAt, events);
    expect(rebuilt).toEqual(state());
  });

  it('tells listeners only about moves that changed something', () => {
    const { store } = session();
    const seen: string[] = [];
    store.subscribe((event) => seen.push(event.type));
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'agree', partner: 0 });
    expect(seen).toEqual(['agree']);
  });
});

describe('agreements carried forward', () => {
  const agreements = [
    { id: 'a#1', text: 'Text when late.', by: 'Ana', madeIso: '2026-11-20T18:00:00+01:00' },
    { id: 'a#2', text: 'A weekly walk.', by: 'Ben', madeIso: '2026-11-20T18:00:00+01:00' },
  ];

  it('reviews each earlier agreement after the ground rules, then starts the prompts', () => {
    const { store, state } = session({ agreements });
    agreeBoth(store);
    expect(state().step).toEqual({ kind: 'review', agreement: 0 });
    store.dispatch({ type: 'review-agreement', status: 'helping' });
    expect(state().step).toEqual({ kind: 'review', agreement: 1 });
    store.dispatch({ type: 'review-agreement', status: null });
    expect(state().step).toMatchObject({ kind: 'speak', prompt: 0 });
    expect(state().record.reviews).toEqual([
      { agreementId: 'a#1', text: 'Text when late.', by: 'Ana', status: 'helping' },
      { agreementId: 'a#2', text: 'A weekly walk.', by: 'Ben', status: null },
    ]);
  });

  it('goes straight to the prompts when there is nothing to review', () => {
    const { store, state } = session({ agreements: [] });
    agreeBoth(store);
    expect(state().step.kind).toBe('speak');
  });
});

describe('off the record', () => {
  it('marks a turn before it is spoken, and keeps no reflection text from it', () => {
    const { store, state } = session();
    agreeBoth(store);
    store.dispatch({ type: 'off-the-record' });
    store.dispatch({ type: 'end-turn' });
    store.dispatch({ type: 'submit-reflection', text: 'should never be kept' });
    store.dispatch({ type: 'answer', answer: 'yes' });
    const turn = state().record.prompts[0]!.turns[0]!;
    expect(turn.offRecord).toBe(true);
    expect(turn.exchanges[0]!.reflection).toBe('');
    expect(state().step).toMatchObject({ kind: 'speak', speaker: 1 });
    // The next speaker's turn is on the record unless they say otherwise.
    expect(state().record.prompts[0]!.turns[1]?.offRecord).toBeUndefined();
  });
});
