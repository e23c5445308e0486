// "Stop for today and save" keeps what was still being typed: in the record, as its writer's and
// not sent, and in the notes under its own marker, never as a reflection handed in or answered.
import { describe, expect, it } from 'vitest';
import { parseJournal, serializeRecord } from '../../src/notes/journal-format.js';
import { parseSessionFrontMatter, renderSessionMarkdown } from '../../src/notes/markdown.js';
import {
  openFields,
  replay,
  unsentDrafts,
  type SessionEvent,
  type SessionState,
} from '../../src/session/index.js';
import { agreeBoth, MIN, session } from './helpers.js';

/** Ana speaks, Ben reflects, Ana answers "Not quite", Ana adds more: Ben reflects again. */
function toSecondReflection() {
  const s = session({ prompts: [{ title: 'What hurt the most?' }] });
  agreeBoth(s.store);
  s.clock.advance(MIN);
  s.store.dispatch({ type: 'end-turn' });
  s.store.dispatch({ type: 'submit-reflection', text: 'You felt I am patient with the kids' });
  s.store.dispatch({ type: 'answer', answer: 'not-quite' });
  s.clock.advance(10_000);
  s.store.dispatch({ type: 'end-turn' });
  return s;
}

const DRAFT = 'you feel I am patient with the kids and';

function stopWith(s: ReturnType<typeof session>, drafts: Record<string, string>): SessionState {
  s.store.dispatch({ type: 'pause' });
  return s.store.dispatch({
    type: 'finish',
    unsent: unsentDrafts(s.state(), (key) => drafts[key]),
  });
}

describe('stopping early keeps what was being typed', () => {
  it('keeps a half-typed reflection as the listener’s, not sent, with no answer', () => {
    const s = toSecondReflection();
    const [field] = openFields(s.state());
    expect(field).toMatchObject({ field: 'reflection', by: 1, prompt: 0, speaker: 0 });
    const state = stopWith(s, { [field!.key]: DRAFT });
    expect(state.step.kind).toBe('done');
    expect(state.record.unsent).toEqual([
      { field: 'reflection', by: 1, prompt: 0, speaker: 0, text: DRAFT },
    ]);
    // Never a reflection handed in: the turn holds only the one that was answered.
    const turn = state.record.prompts[0]!.turns[0]!;
    expect(turn.exchanges.map((x) => x.reflection)).toEqual([
      'You felt I am patient with the kids',
    ]);

    const notes = renderSessionMarkdown(state);
    expect(notes).toContain('Ben was still writing a reflection when the session stopped.');
    expect(notes).toContain(`<!-- talkturn:unsent field=reflection by=2 prompt=1 -->\n> ${DRAFT}`);
    // Not taken for a reflection, and no answer beside it.
    const front = parseSessionFrontMatter(notes);
    expect(front?.details?.reflections.map((r) => r.text)).toEqual([
      'You felt I am patient with the kids',
    ]);
    const after = notes.slice(notes.indexOf(DRAFT));
    expect(after).not.toMatch(/Did I get it/);
  });

  it('keeps what the speaker was writing as missed, and an agreement being typed in the closing', () => {
    const s = toSecondReflection();
    s.store.dispatch({ type: 'submit-reflection', text: 'Again' });
    const [missed] = openFields(s.state());
    expect(missed).toMatchObject({ field: 'missing', by: 0 });
    const state = stopWith(s, { [missed!.key]: 'that I was scared' });
    expect(renderSessionMarkdown(state)).toContain(
      'Ana was still writing what was missed when the session stopped. It was not sent:',
    );

    const c = session({ prompts: [] });
    agreeBoth(c.store);
    c.store.dispatch({ type: 'submit-closing', text: 'Your patience' });
    c.store.dispatch({ type: 'submit-closing', text: 'Being here' });
    // Ana is typing what she would try: not an agreement until it is handed in.
    const [agreement] = openFields(c.state());
    expect(agreement).toMatchObject({ field: 'agreement', by: 0 });
    const stopped = stopWith(c, { [agreement!.key]: 'A walk on Sundays' });
    const notes = renderSessionMarkdown(stopped);
    expect(notes).toContain('Ana was still writing this when the session stopped.');
    expect(notes).toContain('> A walk on Sundays');
    expect(parseSessionFrontMatter(notes)?.details?.agreements).toEqual([]);
  });

  it('keeps nothing blank, nothing of a turn held off the record, and no field not open here', () => {
    const blank = toSecondReflection();
    expect(stopWith(blank, { [openFields(blank.state())[0]!.key]: '  \n ' }).record.unsent).toBe(
      undefined,
    );

    const elsewhere = toSecondReflection();
    const state = elsewhere.store.dispatch({
      type: 'finish',
      unsent: [{ key: 'closing:0:agreement', text: 'Put here by hand' }],
    });
    expect(state.record.unsent).toBe(undefined);

    const off = session();
    agreeBoth(off.store);
    off.store.dispatch({ type: 'off-the-record' });
    off.store.dispatch({ type: 'end-turn' });
    const key = openFields(off.state())[0]!.key;
    const offState = stopWith(off, { [key]: 'said aloud only' });
    expect(offState.record.unsent).toBe(undefined);
    expect(renderSessionMarkdown(offState)).not.toContain('said aloud only');
  });

  it('replays from the journal with what was being typed, and an old journal’s finish still reads', () => {
    const s = session({ prompts: [{ title: 'What hurt the most?' }] });
    const events: SessionEvent[] = [];
    s.store.subscribe((event) => events.push(event));
    agreeBoth(s.store);
    s.store.dispatch({ type: 'end-turn' });
    stopWith(s, { [openFields(s.state())[0]!.key]: DRAFT });
    const header = {
      t: 'header',
      format: 'talkturn-journal',
      version: 3,
      id: 'x',
      startedAt: 1_000,
      config: s.state().config,
    } as const;
    const lines = [header, ...events.map((event) => ({ t: 'event', event }) as const)];
    const read = parseJournal(lines.map((record) => serializeRecord(record)).join(''));
    if (!read.ok) throw new Error('the journal did not read');
    const replayed = replay(read.config, read.startedAt, read.events);
    expect(replayed.record.unsent).toEqual([
      { field: 'reflection', by: 1, prompt: 0, speaker: 0, text: DRAFT },
    ]);
    expect(renderSessionMarkdown(replayed)).toContain(`> ${DRAFT}`);

    // A finish from before drafts were kept reads; one whose drafts are not text is not believed.
    const old = serializeRecord({ t: 'event', event: { type: 'finish', at: 5 } });
    const bad = { type: 'finish', unsent: [{ key: 1 }], at: 6 } as unknown as SessionEvent;
    const more = parseJournal(
      serializeRecord(header) + old + serializeRecord({ t: 'event', event: bad }),
    );
    expect(more.ok && more.events).toEqual([{ type: 'finish', at: 5 }]);
  });
});
