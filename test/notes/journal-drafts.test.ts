// A field's text as edits: the edit between two texts turns one into the other whatever the
// change (typing, deleting, pasting, emoji), and a replayed chain of records gives back exactly
// the text typed, or stops at the last good text when a record is missing or does not fit.
import { describe, expect, it } from 'vitest';
import { applyEdit, diffText, DraftLedger, DraftReplay } from '../../src/notes/journal-drafts.js';
import type { DraftRecord, EditRecord } from '../../src/notes/journal-format.js';
import { nextText, seeded } from './edit-fixtures.js';

const hasLoneSurrogate = (text: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('the edit between two texts', () => {
  it('is where they differ, and nothing more', () => {
    expect(diffText('you felt alone', 'you felt so alone')).toEqual({ pos: 9, del: 0, ins: 'so ' });
    expect(diffText('you felt alone', 'you alone')).toEqual({ pos: 4, del: 5, ins: '' });
    expect(diffText('abc', 'abc')).toEqual({ pos: 3, del: 0, ins: '' });
    expect(diffText('', 'hello')).toEqual({ pos: 0, del: 0, ins: 'hello' });
  });

  it('never splits an emoji in two', () => {
    // 💛 and 💜 share their first half: the edit still holds the whole character.
    expect(diffText('a💛b', 'a💜b')).toEqual({ pos: 1, del: 2, ins: '💜' });
    expect(diffText('💛', '💛💛')).toEqual({ pos: 2, del: 0, ins: '💛' });
  });

  it('refuses to apply where it does not fit', () => {
    expect(applyEdit('abc', { pos: 2, del: 2, ins: '' })).toBeNull();
    expect(applyEdit('abc', { pos: -1, del: 0, ins: 'x' })).toBeNull();
    expect(applyEdit('abc', { pos: 3, del: 0, ins: 'd' })).toBe('abcd');
  });

  it('turns one text into the other over 100 random sequences of 200 changes', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = seeded(seed);
      let text = '';
      for (let step = 0; step < 200; step++) {
        const next = nextText(text, random);
        const edit = diffText(text, next);
        expect(applyEdit(text, edit), `seed ${seed}, step ${step}`).toBe(next);
        expect(hasLoneSurrogate(edit.ins), `seed ${seed}, step ${step}`).toBe(false);
        text = next;
      }
    }
  });
});

/** Every record the ledger makes for a sequence of texts in one field, and the texts. */
function typed(
  seed: number,
  steps: number,
): { records: (DraftRecord | EditRecord)[]; texts: string[] } {
  const random = seeded(seed);
  const ledger = new DraftLedger();
  const records: (DraftRecord | EditRecord)[] = [];
  const texts: string[] = [];
  let text = '';
  for (let step = 0; step < steps; step++) {
    text = nextText(text, random);
    const cursor = Math.floor(random() * (text.length + 1));
    const record = ledger.change('reflect:0:0:0', text, cursor, step);
    if (record) records.push(record);
    texts.push(text);
  }
  return { records, texts };
}

function replayed(records: readonly (DraftRecord | EditRecord)[]): DraftReplay {
  const replay = new DraftReplay();
  for (const record of records) {
    if (record.t === 'draft') replay.snapshot(record);
    else replay.edit(record);
  }
  return replay;
}

describe('a chain of records replayed', () => {
  it('gives back exactly the text and cursor typed, over 50 random sequences', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = seeded(seed + 1000);
      const ledger = new DraftLedger();
      const replay = new DraftReplay();
      let text = '';
      for (let step = 0; step < 300; step++) {
        text = nextText(text, random);
        const cursor = Math.floor(random() * (text.length + 1));
        const record = ledger.change('k', text, cursor, step);
        if (record?.t === 'draft') replay.snapshot(record);
        else if (record) expect(replay.edit(record), `seed ${seed}, step ${step}`).toBe(true);
        expect(replay.drafts().get('k')?.text, `seed ${seed}, step ${step}`).toBe(text);
        expect(replay.drafts().get('k')?.cursor).toBe(cursor);
      }
    }
  });

  it('writes a field whole only when it is first typed or pasted over', () => {
    const { records } = typed(7, 500);
    const whole = records.filter((r) => r.t === 'draft');
    expect(records[0]?.t).toBe('draft');
    // Each later snapshot is a paste over (nearly) all of the field.
    for (const record of whole.slice(1)) expect(record.text.length).toBeLessThanOrEqual(24);
    expect(records.filter((r) => r.t === 'edit').length).toBeGreaterThan(400);
  });

  it('stops a field at its last good text when a record in its chain is lost', () => {
    let checked = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const { records, texts } = typed(seed, 80);
      // The first edit after the last snapshot is lost: nothing after it can be trusted.
      const lost = records.findLastIndex((r) => r.t === 'draft') + 1;
      if (lost >= records.length - 1) continue;
      checked++;
      const replay = replayed([...records.slice(0, lost), ...records.slice(lost + 1)]);
      const before = replayed(records.slice(0, lost)).drafts().get('reflect:0:0:0');
      expect(replay.drafts().get('reflect:0:0:0'), `seed ${seed}`).toEqual(before);
      expect(before?.text, `seed ${seed}`).not.toBe(texts.at(-1));
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('takes up the field again at its next snapshot', () => {
    const replay = new DraftReplay();
    replay.snapshot({ t: 'draft', key: 'k', text: 'you felt', cursor: 8, at: 1, n: 0 });
    // Record 1 was lost: record 2 cannot follow, and neither can what comes after it.
    const two: EditRecord = { t: 'edit', key: 'k', n: 2, len: 13, pos: 13, ins: '!', at: 3 };
    expect(replay.edit(two)).toBe(false);
    const three: EditRecord = { t: 'edit', key: 'k', n: 3, len: 14, pos: 14, ins: '?', at: 4 };
    expect(replay.edit(three)).toBe(false);
    expect(replay.drafts().get('k')?.text).toBe('you felt');
    replay.snapshot({ t: 'draft', key: 'k', text: 'you felt alone!?', cursor: 16, at: 5, n: 4 });
    const five: EditRecord = { t: 'edit', key: 'k', n: 5, len: 16, pos: 16, ins: '.', at: 6 };
    expect(replay.edit(five)).toBe(true);
    expect(replay.drafts().get('k')).toEqual({ text: 'you felt alone!?.', cursor: 17, at: 6 });
  });

  it('never applies an edit to a text of another length, or past its end', () => {
    const replay = new DraftReplay();
    replay.snapshot({ t: 'draft', key: 'k', text: 'abc', cursor: 3, at: 1, n: 0 });
    expect(replay.edit({ t: 'edit', key: 'k', n: 1, len: 4, pos: 3, ins: 'd', at: 2 })).toBe(false);
    replay.snapshot({ t: 'draft', key: 'k', text: 'abc', cursor: 3, at: 1, n: 0 });
    expect(replay.edit({ t: 'edit', key: 'k', n: 1, len: 3, pos: 2, del: 5, ins: '', at: 2 })).toBe(
      false,
    );
    expect(replay.edit({ t: 'edit', key: 'other', n: 1, len: 0, pos: 0, ins: 'x', at: 2 })).toBe(
      false,
    );
    expect([...replay.drafts()]).toEqual([['k', { text: 'abc', cursor: 3, at: 1 }]]);
  });

  it('lets a submitted field go, and starts it whole when it is typed again', () => {
    const ledger = new DraftLedger();
    ledger.change('k', 'said', 4, 1);
    expect(ledger.drop('k')).toEqual({ t: 'drop', key: 'k' });
    expect(ledger.get('k')).toBeUndefined();
    expect(ledger.drop('k')).toBeNull();
    expect(ledger.change('k', 'said again', 10, 2)).toMatchObject({ t: 'draft', n: 0 });
  });
});
