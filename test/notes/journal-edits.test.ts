// The journal on disk writes what changed, not the whole field: a few dozen bytes a key however
// long the note, the exact text back on reading (through compactions and damage), journals of
// the version before still open, and a submitted field's draft let go.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createJournal,
  JOURNAL_VERSION,
  readJournal,
  resumeEncryptedJournal,
  resumeJournal,
  serializeRecord,
  type Journal,
} from '../../src/notes/index.js';
import { createSessionStore, draftKeyFor, manualClock } from '../../src/session/index.js';
import { config } from './fixtures.js';
import { PASSPHRASE, testKeys } from './encryption-fixtures.js';
import { folderPerTest, nextText, seeded } from './edit-fixtures.js';

const folder = folderPerTest();

function journalAt(options: Partial<Parameters<typeof createJournal>[0]> = {}): Journal {
  const notesDir = folder.dir();
  return folder.track(createJournal({ notesDir, config: config(), startedAt: 1_000, ...options }));
}

const FIXTURES = path.join(import.meta.dirname, 'journal-fixtures');
/** What the fixtures (written by the version before, fixtures-journal below) hold. */
const OLD_DRAFTS: [string, { text: string; cursor: number; at: number }][] = [
  ['closing:1:therapy', { text: 'Line one\nline "two" 💛', cursor: 3, at: 1_350 }],
  ['reflect:0:0:0', { text: 'What I heard is that you felt alone', cursor: 35, at: 1_400 }],
];
const OLD_EVENTS = [
  { type: 'agree', partner: 0, at: 1_100 },
  { type: 'agree', partner: 1, at: 1_150 },
];

/** A copy of a fixture in this test's folder, where a resume may rewrite it. */
function fixture(name: string): string {
  const file = path.join(folder.dir(), '.journal', name);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.copyFileSync(path.join(FIXTURES, name), file);
  fs.chmodSync(file, 0o600);
  return file;
}

const lines = (file: string) => fs.readFileSync(file, 'utf8').trimEnd().split('\n');

describe('bytes per key', () => {
  it('stay the same at 100 characters and at 50,000, and under 150', () => {
    const perKey = [100, 50_000].map((length) => {
      const journal = journalAt();
      let text = 'you felt alone that winter '.repeat(length / 25).slice(0, length);
      journal.draft('reflect:0:0:0', { text, cursor: text.length }, 1_100);
      const before = journal.status().bytes;
      for (let i = 0; i < 100; i++) {
        // Typed in the middle, where the diff has the most to skip on both sides.
        const at = Math.floor(text.length / 2);
        text = `${text.slice(0, at)}x${text.slice(at)}`;
        journal.draft('reflect:0:0:0', { text, cursor: at + 1 }, 1_200 + i);
      }
      const read = readJournal(journal.path);
      if (!read.ok) throw read.error;
      expect(read.drafts.get('reflect:0:0:0')?.text).toBe(text);
      return (journal.status().bytes - before) / 100;
    });
    expect(perKey[1]).toBeLessThan(150);
    expect(Math.abs(perKey[1]! - perKey[0]!)).toBeLessThanOrEqual(8);
  });
});

describe('replaying the journal', () => {
  it('rebuilds every field exactly, through compactions, over 10 random sessions', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const random = seeded(seed);
      const journal = journalAt({ compactAfterBytes: 4 * 1024, id: `s-${seed}` });
      const texts = new Map<string, string>();
      for (let step = 0; step < 400; step++) {
        const key = `reflect:0:0:${Math.floor(random() * 3)}`;
        const text = nextText(texts.get(key) ?? '', random);
        texts.set(key, text);
        journal.draft(key, { text, cursor: text.length }, 1_000 + step);
        if (step % 97 === 0) journal.event({ type: 'agree', partner: 0, at: 1_000 + step });
      }
      const read = readJournal(journal.path);
      if (!read.ok) throw read.error;
      expect(read.dropped, `seed ${seed}`).toBe(0);
      for (const [key, text] of texts) {
        expect(read.drafts.get(key)?.text, `seed ${seed}, ${key}`).toBe(text);
      }
      expect(read.events).toHaveLength(5);
    }
  });

  it('writes the field whole once, then each key as its change', () => {
    const journal = journalAt();
    journal.draft('k', { text: 'you felt alone', cursor: 14 }, 1_100);
    journal.draft('k', { text: 'you felt so alone', cursor: 12 }, 1_200);
    journal.draft('k', { text: 'you felt so alone', cursor: 3 }, 1_300);
    const records = lines(journal.path)
      .slice(2)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r.t)).toEqual(['draft', 'edit', 'edit']);
    expect(records[1]).toMatchObject({ n: 1, len: 14, pos: 9, ins: 'so ' });
    expect(records[1]).not.toHaveProperty('cursor');
    expect(records[2]).toMatchObject({ n: 2, pos: 17, ins: '', cursor: 3 });
    expect(JSON.stringify(records)).not.toContain('you felt so alone');
  });

  it('keeps the text before a damaged edit, and counts what it could not use', () => {
    const journal = journalAt();
    journal.draft('k', { text: 'you felt alone', cursor: 14 }, 1_100);
    journal.draft('k', { text: 'you felt alone that', cursor: 19 }, 1_200);
    journal.draft('k', { text: 'you felt alone that winter', cursor: 26 }, 1_300);
    journal.draft('other', { text: 'untouched', cursor: 9 }, 1_400);
    journal.close();
    const all = lines(journal.path);
    const at = all.findIndex((line) => line.includes('" that"'));
    all[at] = all[at]!.replace('that', 'thaw');
    fs.writeFileSync(journal.path, `${all.join('\n')}\n`);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    // The damaged line, and the edit that can no longer follow it.
    expect(read.dropped).toBe(2);
    expect(read.drafts.get('k')?.text).toBe('you felt alone');
    expect(read.drafts.get('other')?.text).toBe('untouched');
  });

  it('never applies an edit that does not fit the text, or that carries no checksum', () => {
    const journal = journalAt({ id: 'fit' });
    journal.draft('k', { text: 'kept', cursor: 4 }, 1_100);
    journal.close();
    const wrong = serializeRecord({ t: 'edit', key: 'k', n: 1, len: 9, pos: 9, ins: '!', at: 2 });
    // One that would fit, but carries no checksum: not written by talkturn.
    const unsummed = JSON.stringify({ t: 'edit', key: 'k', n: 1, len: 4, pos: 4, ins: '?', at: 3 });
    fs.appendFileSync(journal.path, `${unsummed}\n${wrong}`);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(read.dropped).toBe(2);
    expect(read.drafts.get('k')).toEqual({ text: 'kept', cursor: 4, at: 1_100 });
    expect(read.lastAt).toBe(1_100);
  });

  it('drops an edit cut off by kill -9 and keeps the text before it', () => {
    const journal = journalAt();
    journal.draft('k', { text: 'half', cursor: 4 }, 1_100);
    journal.draft('k', { text: 'half typed', cursor: 10 }, 1_200);
    const whole = fs.readFileSync(journal.path, 'utf8');
    fs.writeFileSync(journal.path, whole.slice(0, whole.length - 12));
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(read).toMatchObject({ dropped: 1, truncated: true });
    expect(read.drafts.get('k')?.text).toBe('half');
  });
});

describe('journals of the version before', () => {
  it('read as they were written, and go on in this version once resumed', () => {
    const file = fixture('version-1.jsonl');
    expect(lines(file)[0]).toContain('"version":1');
    const read = readJournal(file);
    if (!read.ok) throw read.error;
    expect(read.events).toEqual(OLD_EVENTS);
    expect([...read.drafts]).toEqual(OLD_DRAFTS);
    expect(read.dropped).toBe(0);

    const { journal } = resumeJournal(file);
    journal.draft('reflect:0:0:0', { text: 'What I heard is that you felt so alone', cursor: 38 });
    journal.close();
    expect(JSON.parse(lines(file)[0]!)).toMatchObject({ version: JOURNAL_VERSION });
    expect(lines(file).at(-1)).toContain('"t":"edit"');
    const again = readJournal(file);
    if (!again.ok) throw again.error;
    expect(again.drafts.get('reflect:0:0:0')?.text).toBe('What I heard is that you felt so alone');
    expect(again.drafts.get('closing:1:therapy')?.text).toBe(OLD_DRAFTS[0]![1].text);
  });

  it('read sealed (version 2), and go on sealed with edits', async () => {
    const file = fixture('encrypted-version-2.jsonl');
    const first = await resumeEncryptedJournal(file, { encryption: testKeys() });
    expect(first.contents.events).toEqual(OLD_EVENTS);
    expect([...first.contents.drafts]).toEqual(OLD_DRAFTS);
    first.journal.draft('reflect:0:0:0', {
      text: 'What I heard is that you felt so alone',
      cursor: 38,
    });
    first.journal.close();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('felt');
    expect(JSON.parse(lines(file)[0]!)).toMatchObject({ version: 2, encrypted: true });
    const again = await resumeEncryptedJournal(file, { encryption: { passphrase: PASSPHRASE } });
    folder.track(again.journal);
    expect(again.contents.drafts.get('reflect:0:0:0')?.text).toBe(
      'What I heard is that you felt so alone',
    );
    expect(again.contents.header.version).toBe(JOURNAL_VERSION);
  });

  it('a journal of a newer version than this one is refused, not half read', () => {
    const read = readJournal(fixture('version-1.jsonl'));
    if (!read.ok) throw read.error;
    const newer = serializeRecord({ ...read.header, version: JOURNAL_VERSION + 1 });
    const file = path.join(folder.dir(), '.journal', 'newer.jsonl');
    fs.writeFileSync(file, newer + newer);
    expect(readJournal(file)).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});

describe('a sealed journal', () => {
  it('seals each edit: a phrase pasted into the middle is nowhere on disk, and comes back', async () => {
    const journal = journalAt({ encryption: testKeys() });
    await journal.ready;
    journal.draft('k', { text: 'I was  there', cursor: 6 }, 1_100);
    journal.draft('k', { text: 'I was scared and alone there', cursor: 22 }, 1_200);
    journal.close();
    const text = fs.readFileSync(journal.path, 'utf8');
    for (const needle of ['scared and alone', 'there', '"edit"'])
      expect(text).not.toContain(needle);
    const resumed = await resumeEncryptedJournal(journal.path, { encryption: testKeys() });
    folder.track(resumed.journal);
    expect(resumed.contents.drafts.get('k')).toEqual({
      text: 'I was scared and alone there',
      cursor: 22,
      at: 1_200,
    });
  });
});

describe('a submitted field', () => {
  it('is let go of by the journal, in memory and on disk, and comes back only if typed again', () => {
    const clock = manualClock(5_000);
    const store = createSessionStore(config(), clock);
    const journal = journalAt({ startedAt: store.getState().startedAt, clock });
    journal.attach(store);
    store.dispatch({ type: 'agree', partner: 0 });
    store.dispatch({ type: 'agree', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    const key = draftKeyFor(store.getState().step) ?? '';
    expect(key).toBe('reflect:0:0:0');
    journal.draft(key, { text: 'You felt alone', cursor: 14 });
    journal.draft('closing:0:appreciation', { text: 'not yet', cursor: 7 });
    expect(journal.draftOf(key)?.text).toBe('You felt alone');
    store.dispatch({ type: 'submit-reflection', text: 'You felt alone' });
    expect(journal.draftOf(key)).toBeUndefined();
    expect(lines(journal.path).at(-1)).toContain(`"t":"drop","key":"${key}"`);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect([...read.drafts.keys()]).toEqual(['closing:0:appreciation']);
    // Back to the reflection: the screen puts the words back, and they are kept whole again.
    journal.draft(key, { text: 'You felt alone', cursor: 14 });
    store.dispatch({ type: 'back-to-reflection' });
    const back = readJournal(journal.path);
    if (!back.ok) throw back.error;
    expect(back.drafts.get(key)?.text).toBe('You felt alone');
  });
});
