import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  acquireLock,
  createJournal,
  discardJournal,
  draftKeyFor,
  failNth,
  faultyFs,
  findInterruptedSessions,
  journalDir,
  nodeFs,
  NotesError,
  parseJournal,
  readJournal,
  resumeJournal,
  type FsLayer,
  type Journal,
} from '../../src/notes/index.js';
import { createSessionStore, manualClock, replay } from '../../src/session/index.js';
import type { SessionEvent } from '../../src/session/types.js';
import { config, modeOf, tempDir } from './fixtures.js';

let dir: string;
const open: Journal[] = [];

beforeEach(() => {
  dir = tempDir();
});

afterEach(() => {
  vi.useRealTimers();
  for (const journal of open.splice(0)) journal.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function journalAt(options: Partial<Parameters<typeof createJournal>[0]> = {}): Journal {
  const journal = createJournal({ notesDir: dir, config: config(), startedAt: 1_000, ...options });
  open.push(journal);
  return journal;
}

const agree = (partner: 0 | 1, at: number): SessionEvent => ({ type: 'agree', partner, at });

/** A layer that records when each fdatasync happened (by the fake clock). */
function syncSpy(base: FsLayer = nodeFs) {
  const syncs: number[] = [];
  const layer: FsLayer = {
    ...base,
    fdatasync(fd) {
      syncs.push(Date.now());
      base.fdatasync(fd);
    },
  };
  return { layer, syncs };
}

describe('journal: writing and reading back', () => {
  it('lives in a private hidden folder, 0600, with a lock holding our pid', () => {
    process.umask(0o000);
    const journal = journalAt();
    expect(path.dirname(journal.path)).toBe(journalDir(dir));
    expect(journal.path).toMatch(/\/\.journal\/2026-11-24-1805-trust-basics-[0-9a-f]{6}\.jsonl$/);
    expect(modeOf(journal.path)).toBe(0o600);
    expect(modeOf(journalDir(dir))).toBe(0o700);
    const lock = journal.path.replace(/\.jsonl$/, '.lock');
    expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(modeOf(lock)).toBe(0o600);
  });

  it('round-trips events and the latest draft of each field', () => {
    const journal = journalAt();
    journal.event(agree(0, 1_100));
    journal.draft('reflect:0:0:0', { text: 'What I', cursor: 6 }, 1_200);
    journal.draft('reflect:0:0:0', { text: 'What I heard', cursor: 12 }, 1_300);
    journal.draft('closing:1:therapy', { text: 'Line one\nline "two"\u2028💛', cursor: 3 }, 1_250);
    journal.event(agree(1, 1_400));
    const read = readJournal(journal.path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.config).toEqual(config());
    expect(read.startedAt).toBe(1_000);
    expect(read.events).toEqual([agree(0, 1_100), agree(1, 1_400)]);
    expect([...read.drafts.entries()]).toEqual([
      ['reflect:0:0:0', { text: 'What I heard', cursor: 12, at: 1_300 }],
      ['closing:1:therapy', { text: 'Line one\nline "two"\u2028💛', cursor: 3, at: 1_250 }],
    ]);
    expect(read.lastAt).toBe(1_400);
    expect(read.dropped).toBe(0);
  });

  it('rebuilds the same session state as the store had, from a journal never closed', () => {
    const clock = manualClock(5_000);
    const store = createSessionStore(config(), clock);
    const journal = journalAt({ startedAt: store.getState().startedAt, clock });
    journal.attach(store);
    store.dispatch({ type: 'agree', partner: 0 });
    clock.advance(1_000);
    store.dispatch({ type: 'agree', partner: 1 });
    clock.advance(90_000);
    store.dispatch({ type: 'pause', by: 1 });
    clock.advance(30_000);
    store.dispatch({ type: 'ready', partner: 0 });
    store.dispatch({ type: 'ready', partner: 1 });
    store.dispatch({ type: 'end-turn' });
    const key = draftKeyFor(store.getState().step);
    expect(key).toBe('reflect:0:0:0');
    clock.advance(4_000);
    journal.draft(key ?? '', { text: 'You felt alone', cursor: 14 });
    // No close: as after kill -9.
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(replay(read.config, read.startedAt, read.events)).toEqual(store.getState());
    expect(read.drafts.get('reflect:0:0:0')?.text).toBe('You felt alone');
    expect(read.lastAt).toBe(clock.now());
  });

  it('skips a draft that did not change', () => {
    const journal = journalAt();
    journal.draft('k', { text: 'same', cursor: 4 }, 1);
    const size = journal.status().bytes;
    journal.draft('k', { text: 'same', cursor: 4 }, 2);
    expect(journal.status().bytes).toBe(size);
  });

  it('compacts a journal grown by a long draft, keeping every event and the latest text', () => {
    const journal = journalAt({ compactAfterBytes: 64 * 1024 });
    journal.event(agree(0, 1_001));
    let text = '';
    for (let i = 0; i < 3_000; i++) {
      text += 'word ';
      journal.draft('reflect:0:0:0', { text, cursor: text.length }, 2_000 + i);
    }
    journal.event(agree(1, 9_000));
    const size = fs.statSync(journal.path).size;
    expect(size).toBeLessThan(4 * 64 * 1024 + 20_000);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(read.events).toEqual([agree(0, 1_001), agree(1, 9_000)]);
    expect(read.drafts.get('reflect:0:0:0')?.text).toBe(text);
  });
});

describe('journal: reading damaged files never throws', () => {
  function written(): string {
    const journal = journalAt();
    journal.event(agree(0, 1_100));
    journal.draft('k', { text: 'kept', cursor: 4 }, 1_200);
    journal.close();
    return journal.path;
  }

  it('drops a last line cut off mid-record and says so', () => {
    const file = written();
    fs.appendFileSync(file, '{"t":"draft","key":"k","text":"half a wo');
    const read = readJournal(file);
    if (!read.ok) throw read.error;
    expect(read.dropped).toBe(1);
    expect(read.truncated).toBe(true);
    expect(read.drafts.get('k')?.text).toBe('kept');
    expect(read.events).toHaveLength(1);
  });

  it('drops garbage lines anywhere and keeps every whole record around them', () => {
    const file = written();
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.splice(
      1,
      0,
      'garbage',
      '{"t":"event"}',
      '{"t":"event","event":{"type":"x","at":1}}',
      '{"t":"event","event":{"type":"submit-reflection","text":5,"at":1}}',
      '{"t":"event","event":{"type":"agree","partner":7,"at":1}}',
      '[1,2]',
      '\u0000\u0001',
    );
    lines.splice(lines.length - 1, 0, '{"t":"mystery"}', '{"t":"draft","key":"k","text":5,"at":1}');
    fs.writeFileSync(file, lines.join('\n'));
    const read = readJournal(file);
    if (!read.ok) throw read.error;
    expect(read.dropped).toBe(9);
    expect(read.truncated).toBe(false);
    expect(read.events).toEqual([agree(0, 1_100)]);
    expect(read.drafts.get('k')?.text).toBe('kept');
  });

  it('reports a missing, empty, headless or newer journal as not ok', () => {
    expect(readJournal(path.join(dir, 'none.jsonl'))).toMatchObject({
      ok: false,
      reason: 'missing',
    });
    expect(parseJournal('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseJournal('{"t":"event","event":{"type":"agree","at":1}}\n')).toMatchObject({
      ok: false,
      reason: 'damaged',
      dropped: 1,
    });
    const newer = JSON.stringify({ t: 'header', format: 'talkturn-journal', version: 99 });
    const read = parseJournal(`${newer}\n`);
    expect(read).toMatchObject({ ok: false, reason: 'newer-version' });
    if (!read.ok) expect(read.error.message).toMatch(/newer version of talkturn/);
  });

  it('survives random bytes', () => {
    const file = written();
    const good = fs.readFileSync(file);
    for (let seed = 1; seed <= 200; seed++) {
      const noise = Buffer.from(
        Array.from({ length: 300 }, (_, i) => (seed * 7919 + i * 104729) % 256),
      );
      const cut = (seed * 37) % good.length;
      const damaged = Buffer.concat([good.subarray(0, cut), noise, good.subarray(cut)]);
      expect(() => parseJournal(damaged.toString('utf8'))).not.toThrow();
    }
  });
});

describe('journal: syncing to the disk', () => {
  it('continuous typing every 100 ms for 5 s is synced at least every second', () => {
    vi.useFakeTimers();
    const { layer, syncs } = syncSpy();
    const journal = journalAt({ fs: layer });
    syncs.length = 0;
    const start = Date.now();
    const typedAt: number[] = [];
    let text = '';
    for (let t = 0; t <= 5_000; t += 100) {
      text += 'a';
      typedAt.push(Date.now());
      journal.draft('reflect:0:0:0', { text, cursor: text.length }, t);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1_000);
    // Every keystroke reached the disk within a second of being typed…
    for (const at of typedAt) {
      expect(
        syncs.some((s) => s >= at && s <= at + 1_000),
        `typed at ${at - start}`,
      ).toBe(true);
    }
    // …with about one sync a second, not one per key.
    expect(syncs.length).toBeGreaterThanOrEqual(5);
    expect(syncs.length).toBeLessThanOrEqual(7);
    // The first key after a quiet spell is synced at once (leading edge).
    expect((syncs[0] ?? Infinity) - start).toBe(0);
  });

  it('syncs at once on every engine event and on flush', () => {
    vi.useFakeTimers();
    const { layer, syncs } = syncSpy();
    const journal = journalAt({ fs: layer });
    const before = syncs.length;
    journal.event(agree(0, 1_100));
    expect(syncs.length).toBe(before + 1);
    journal.draft('k', { text: 'x', cursor: 1 }, 1_200);
    journal.flush();
    expect(syncs.length).toBe(before + 2);
    journal.flush();
    expect(syncs.length).toBe(before + 2);
  });
});

describe('journal: failures never lose the text', () => {
  it('a full disk is reported once, the session goes on, and all is written once space is back', () => {
    let full = false;
    const layer = faultyFs(nodeFs, (call) =>
      full && ['write', 'open', 'fdatasync', 'rename', 'link', 'mkdir'].includes(call.op)
        ? 'ENOSPC'
        : null,
    );
    const errors: NotesError[] = [];
    let recovered = 0;
    const journal = journalAt({
      fs: layer,
      onError: (e) => errors.push(e),
      onRecovered: () => recovered++,
    });
    journal.event(agree(0, 1_100));
    full = true;
    let text = '';
    for (let i = 0; i < 50; i++) {
      text += 'x';
      journal.draft('reflect:0:0:0', { text, cursor: i + 1 }, 1_200 + i);
    }
    journal.event(agree(1, 1_300));
    journal.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('disk-full');
    expect(errors[0]?.message).toBe(
      'The disk is full, so autosave has stopped for now. Your words are still here: free some space or choose another folder.',
    );
    expect(journal.status()).toMatchObject({ ok: false });
    full = false;
    journal.draft('reflect:0:0:0', { text: `${text}!`, cursor: 51 }, 1_400);
    journal.flush();
    expect(recovered).toBe(1);
    expect(journal.status().ok).toBe(true);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(read.dropped).toBe(0);
    expect(read.events).toEqual([agree(0, 1_100), agree(1, 1_300)]);
    expect(read.drafts.get('reflect:0:0:0')?.text).toBe(`${text}!`);
  });

  it('a folder that is read-only from the start: reported, kept in memory, moved elsewhere', () => {
    const errors: NotesError[] = [];
    const readOnly = faultyFs(nodeFs, (call) =>
      call.path?.startsWith(path.join(dir, 'ro')) ? 'EROFS' : null,
    );
    const journal = createJournal({
      notesDir: path.join(dir, 'ro'),
      config: config(),
      startedAt: 1_000,
      fs: readOnly,
      onError: (e) => errors.push(e),
    });
    open.push(journal);
    expect(errors.map((e) => e.code)).toEqual(['read-only']);
    journal.event(agree(0, 1_100));
    journal.draft('k', { text: 'still here', cursor: 10 }, 1_200);
    journal.relocate(path.join(dir, 'elsewhere'));
    expect(journal.path.startsWith(path.join(dir, 'elsewhere'))).toBe(true);
    expect(journal.status().ok).toBe(true);
    const read = readJournal(journal.path);
    if (!read.ok) throw read.error;
    expect(read.events).toEqual([agree(0, 1_100)]);
    expect(read.drafts.get('k')?.text).toBe('still here');
  });

  for (const fault of ['ENOSPC', 'EIO', 'short', 'zero'] as const) {
    it(`${fault} at call k, for every k of a whole session: after close the journal holds everything`, () => {
      let reported = 0;
      const script = (fsl: FsLayer, notesDir: string) => {
        const journal = createJournal({
          notesDir,
          config: config(),
          startedAt: 1_000,
          fs: fsl,
          id: 's-1',
          onError: () => reported++,
        });
        journal.event(agree(0, 1_100));
        for (let i = 1; i <= 5; i++)
          journal.draft('k', { text: 'ab'.repeat(i), cursor: i }, 1_100 + i);
        journal.event(agree(1, 1_200));
        journal.draft('other', { text: 'last words', cursor: 3 }, 1_300);
        journal.close();
        return journal.path;
      };
      const counter = faultyFs(nodeFs, () => null);
      script(counter, path.join(dir, 'count'));
      for (let k = 1; k <= counter.count + 1; k++) {
        const notesDir = path.join(dir, `k${k}`);
        const file = script(faultyFs(nodeFs, failNth(k, fault)), notesDir);
        const read = readJournal(file);
        if (!read.ok) throw new Error(`k=${k}: ${read.reason}`);
        expect(read.events, `k=${k}`).toEqual([agree(0, 1_100), agree(1, 1_200)]);
        expect(read.drafts.get('k')?.text, `k=${k}`).toBe('ababababab');
        expect(read.drafts.get('other')?.text, `k=${k}`).toBe('last words');
        expect(read.dropped, `k=${k}`).toBe(0);
        const leftovers = fs.readdirSync(journalDir(notesDir)).filter((f) => f.endsWith('.tmp'));
        expect(leftovers, `k=${k}`).toEqual([]);
      }
      // The faults did bite: most of them were reported (a short write is only retried).
      const writes = counter.calls.filter((c) => c.op === 'write').length;
      if (fault === 'short') expect(reported).toBe(0);
      else if (fault === 'zero') expect(reported).toBe(writes);
      else expect(reported).toBeGreaterThan(counter.count / 2);
    });
  }

  it('remove() refuses while the notes are not on disk, and then deletes journal and lock', () => {
    const journal = journalAt();
    journal.event(agree(0, 1_100));
    expect(() => journal.remove(path.join(dir, 'missing.md'))).toThrow(/journal is kept/);
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    expect(() => journal.remove(path.join(dir, 'empty.md'))).toThrow(/journal is kept/);
    expect(fs.existsSync(journal.path)).toBe(true);
    fs.writeFileSync(path.join(dir, 'notes.md'), 'notes');
    expect(journal.remove(path.join(dir, 'notes.md'))).toBe(true);
    expect(fs.readdirSync(journalDir(dir))).toEqual([]);
  });
});

describe('journal: the lock and resuming', () => {
  function interrupted(): string {
    const journal = createJournal({ notesDir: dir, config: config(), startedAt: 1_000 });
    journal.event(agree(0, 1_100));
    journal.draft('reflect:0:0:0', { text: 'half typed', cursor: 4 }, 1_500);
    journal.close();
    return journal.path;
  }

  it('resumes a journal: events, drafts, and the clock to continue from', () => {
    const file = interrupted();
    const { journal, contents } = resumeJournal(file);
    open.push(journal);
    expect(contents.events).toEqual([agree(0, 1_100)]);
    expect(contents.drafts.get('reflect:0:0:0')).toEqual({
      text: 'half typed',
      cursor: 4,
      at: 1_500,
    });
    expect(contents.lastAt).toBe(1_500);
    journal.event(agree(1, 1_600));
    const read = readJournal(file);
    if (!read.ok) throw read.error;
    expect(read.events).toEqual([agree(0, 1_100), agree(1, 1_600)]);
  });

  it('a second terminal is refused with a clear message while the first is alive', () => {
    const file = interrupted();
    const { journal } = resumeJournal(file);
    open.push(journal);
    expect(() => resumeJournal(file)).toThrow(
      `This session is open in another terminal (process ${process.pid}): close it there first, or start a new session.`,
    );
    expect(() => discardJournal(file)).toThrow(expect.objectContaining({ code: 'locked' }));
  });

  it('a lock held by another live process blocks; a dead one is stale and taken over', async () => {
    const file = interrupted();
    const lock = file.replace(/\.jsonl$/, '.lock');
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(
        lock,
        JSON.stringify({ pid: child.pid, host: (await import('node:os')).hostname() }),
      );
      expect(() => resumeJournal(file)).toThrow(expect.objectContaining({ code: 'locked' }));
      expect(findInterruptedSessions(dir)[0]?.lockedBy).toBe(child.pid);
      const forced = resumeJournal(file, { takeOver: true });
      forced.journal.close();
    } finally {
      child.kill();
    }
    const gone = spawnSync('true').pid;
    fs.writeFileSync(lock, JSON.stringify({ pid: gone }));
    const { journal } = resumeJournal(file);
    open.push(journal);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
  });

  it('an empty or unreadable lock (its writer killed) is stale', () => {
    const file = interrupted();
    fs.writeFileSync(file.replace(/\.jsonl$/, '.lock'), '');
    const { journal } = resumeJournal(file);
    journal.close();
    expect(() => acquireLock(file.replace(/\.jsonl$/, '.lock'))).not.toThrow();
  });

  it('a damaged journal is resumed up to its last whole record, kept aside, and rewritten clean', () => {
    const file = interrupted();
    fs.appendFileSync(file, 'garbage\n{"t":"draft","key":"reflect:0:0:0","text":"cut o');
    const { journal, contents } = resumeJournal(file);
    open.push(journal);
    expect(contents.dropped).toBe(2);
    expect(contents.drafts.get('reflect:0:0:0')?.text).toBe('half typed');
    expect(fs.readFileSync(`${file}.damaged`, 'utf8')).toContain('cut o');
    const clean = readJournal(file);
    expect(clean.ok && clean.dropped).toBe(0);
  });

  it('a journal that cannot be rebuilt is a NotesError, not a crash', () => {
    const file = interrupted();
    fs.writeFileSync(file, 'nothing useful\n');
    expect(() => resumeJournal(file)).toThrow(expect.objectContaining({ code: 'damaged' }));
    expect(fs.existsSync(file.replace(/\.jsonl$/, '.lock'))).toBe(false);
  });

  it('lists interrupted sessions, newest first, damaged ones included, and can discard one', () => {
    expect(findInterruptedSessions(path.join(dir, 'nowhere'))).toEqual([]);
    const older = interrupted();
    fs.utimesSync(older, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const newer = interrupted();
    const broken = path.join(journalDir(dir), 'broken-1.jsonl');
    fs.writeFileSync(broken, 'x\n');
    fs.utimesSync(broken, new Date(2019, 0, 1), new Date(2019, 0, 1));
    fs.writeFileSync(path.join(journalDir(dir), 'notes.txt'), 'not a journal');
    const found = findInterruptedSessions(dir);
    expect(found.map((s) => s.path)).toEqual([newer, older, broken]);
    expect(found[0]).toMatchObject({
      ok: true,
      partners: ['Ana', 'Ben'],
      deck: { id: 'trust-basics', title: 'Trust basics' },
      startedAtIso: '2026-11-24T18:05:00+01:00',
      lockedBy: null,
    });
    expect(found[2]).toMatchObject({ ok: false, problem: expect.any(NotesError) });
    discardJournal(older);
    expect(findInterruptedSessions(dir).map((s) => s.path)).toEqual([newer, broken]);
  });
});

describe('draftKeyFor', () => {
  it('names each field of each step', () => {
    expect(draftKeyFor({ kind: 'reflect', prompt: 2, speaker: 1, attempt: 3 })).toBe(
      'reflect:2:1:3',
    );
    expect(draftKeyFor({ kind: 'closing', partner: 0, field: 'therapy' })).toBe(
      'closing:0:therapy',
    );
    expect(draftKeyFor({ kind: 'ground-rules' })).toBeNull();
  });
});
