import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createJournal,
  findInterruptedSessions,
  journalDir,
  NotesError,
  renderCheckinMarkdown,
  renderSessionMarkdown,
  resumeEncryptedJournal,
  resumeJournal,
  saveCheckin,
  saveSession,
  type Journal,
} from '../../src/notes/index.js';
import type { SessionEvent } from '../../src/session/types.js';
import { checkinAt } from './folder-fixtures.js';
import { completedState, config, modeOf, tempDir, withAllTexts } from './fixtures.js';
import { ageDecrypt, PASSPHRASE, scanForText, testKeys } from './encryption-fixtures.js';

// Written backwards here, so that this file (and vitest's transform cache of it in the temp
// folder) does not itself hold the text the scans look for.
const reveal = (text: string) => [...text].reverse().join('');
const NAMES = [reveal('etireugraM'), reveal('wemolohtraB')] as const;
const TYPED = [
  reveal('rac eht ni thgin yreve reh ot segassem ruoy daer I'),
  reveal('pirt eht tuoba deil I nehw desare tlef uoY'),
];

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

const secretConfig = () =>
  config({
    partners: [...NAMES],
    deck: { id: 'trust-basics', title: 'Trust basics', solo: false },
  });

function encryptedJournal(keys = testKeys()): Journal {
  const journal = createJournal({
    notesDir: dir,
    config: secretConfig(),
    startedAt: 1_000,
    encryption: keys,
  });
  open.push(journal);
  return journal;
}

const reflection = (text: string, at: number): SessionEvent => ({
  type: 'submit-reflection',
  text,
  at,
});

function bytesOf(folder: string): Map<string, Buffer> {
  const all = new Map<string, Buffer>();
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) visit(file);
      else all.set(file, fs.readFileSync(file));
    }
  };
  visit(folder);
  return all;
}

const ageOnPath = spawnSync('age', ['--version'], { encoding: 'utf8' }).status === 0;

describe('encrypted notes (age format, passphrase)', () => {
  it('saves a session as .md.age, 0600, that the age library opens with the passphrase', async () => {
    const state = completedState({ config: secretConfig() });
    const { path: file } = saveSession({ state, notesDir: dir, encryption: testKeys() });
    // The deck is left out of the name: it says what the couple is working on.
    expect(path.basename(file)).toBe('2026-11-24-1805-session.md.age');
    expect(modeOf(file)).toBe(0o600);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(await ageDecrypt(bytes)).toBe(renderSessionMarkdown(state));
    await expect(ageDecrypt(bytes, 'not the passphrase')).rejects.toThrow();
  });

  it('never overwrites: a second save of the same session takes -2', () => {
    const state = completedState();
    const keys = testKeys(PASSPHRASE, 0);
    const first = saveSession({ state, notesDir: dir, encryption: keys }).path;
    const second = saveSession({ state, notesDir: dir, encryption: keys }).path;
    expect(path.basename(first)).toBe('2026-11-24-1805-session.md.age');
    expect(path.basename(second)).toBe('2026-11-24-1805-session-2.md.age');
  });

  it('saves a check-in as …-checkin.md.age', async () => {
    const checkin = checkinAt('2026-11-25T21:00:00+01:00', [7, 8]);
    const { path: file } = saveCheckin({ checkin, notesDir: dir, encryption: testKeys() });
    expect(path.basename(file)).toBe('2026-11-25-2100-checkin.md.age');
    expect(await ageDecrypt(fs.readFileSync(file))).toBe(renderCheckinMarkdown(checkin));
  });

  it.skipIf(!ageOnPath)(
    'opens with the age command line tool (skipped: no `age` binary on PATH)',
    async (ctx) => {
      const state = completedState();
      const { path: file } = saveSession({ state, notesDir: dir, encryption: testKeys() });
      // age asks for a passphrase on the terminal; builds that take AGE_PASSPHRASE (batch
      // mode) are tested, the others cannot be driven from here.
      const run = spawnSync('age', ['-d', file], {
        encoding: 'utf8',
        env: { ...process.env, AGE_PASSPHRASE: PASSPHRASE },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 10_000,
      });
      if (run.status !== 0) ctx.skip('this age build reads a passphrase only from a terminal');
      expect(run.stdout).toBe(renderSessionMarkdown(state));
    },
  );
});

describe('encrypted journal', () => {
  it('holds records in memory until the key is wrapped, then writes only sealed lines', async () => {
    const journal = encryptedJournal();
    expect(journal.encrypted).toBe(true);
    journal.draft('reflect:0:0:0', { text: TYPED[0]!, cursor: 3 }, 1_100);
    journal.event(reflection(TYPED[1]!, 1_200));
    expect(fs.existsSync(journal.path)).toBe(false);
    await journal.ready;
    expect(fs.existsSync(journal.path)).toBe(true);
    expect(modeOf(journal.path)).toBe(0o600);
    journal.draft('reflect:0:0:1', { text: `${TYPED[0]!} again`, cursor: 0 }, 1_300);
    journal.flush();
    const text = fs.readFileSync(journal.path, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 1 + 3);
    expect(JSON.parse(lines[0]!)).toMatchObject({ version: 2, encrypted: true, id: journal.id });
    expect(path.basename(journal.path)).toMatch(/^2026-11-24-1805-session-[0-9a-f]{6}\.jsonl$/);
    expect(lines[0]).not.toMatch(/partners|deck|trust|startedAt/);
    for (const needle of [...TYPED, ...NAMES, 'Trust basics']) expect(text).not.toContain(needle);
  });

  it('writes nothing while the key is being wrapped, even as sync deadlines pass', async () => {
    vi.useFakeTimers();
    const journal = encryptedJournal();
    journal.draft('reflect:0:0:0', { text: TYPED[0]!, cursor: 0 }, 1_100);
    journal.event({ type: 'agree', partner: 0, at: 1_200 });
    vi.advanceTimersByTime(5_000);
    expect(fs.existsSync(journal.path)).toBe(false);
    expect(journal.status()).toMatchObject({ ok: true, bytes: 0 });
    vi.useRealTimers();
    await journal.ready;
    const resumedText = fs.readFileSync(journal.path, 'utf8');
    expect(resumedText.trimEnd().split('\n')).toHaveLength(1 + 1 + 2);
  });

  it('resumes with the passphrase: the same events and drafts, and goes on sealed', async () => {
    const journal = encryptedJournal();
    await journal.ready;
    journal.event({ type: 'agree', partner: 0, at: 1_100 });
    journal.event(reflection(TYPED[1]!, 1_200));
    journal.draft('reflect:0:0:1', { text: TYPED[0]!, cursor: 4 }, 1_300);
    journal.close();
    open.splice(0);

    const listed = findInterruptedSessions(dir);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ ok: true, encrypted: true, partners: [], deck: null });
    expect(() => resumeJournal(journal.path)).toThrow(
      expect.objectContaining({ code: 'passphrase-needed' }),
    );

    const resumed = await resumeEncryptedJournal(journal.path, { encryption: testKeys() });
    open.push(resumed.journal);
    expect(resumed.contents.config.partners).toEqual([...NAMES]);
    expect(resumed.contents.events).toEqual([
      { type: 'agree', partner: 0, at: 1_100 },
      reflection(TYPED[1]!, 1_200),
    ]);
    expect([...resumed.contents.drafts.values()]).toEqual([
      { text: TYPED[0], cursor: 4, at: 1_300 },
    ]);
    expect(resumed.contents.lastAt).toBe(1_300);
    expect(resumed.contents.dropped).toBe(0);
    resumed.journal.event({ type: 'end-turn', at: 1_400 });
    resumed.journal.close();
    open.splice(0);
    const again = await resumeEncryptedJournal(journal.path, {
      encryption: { passphrase: PASSPHRASE },
    });
    open.push(again.journal);
    expect(again.contents.events.at(-1)).toEqual({ type: 'end-turn', at: 1_400 });
  });

  it('a wrong passphrase is a clear NotesError, and the files are left as they were', async () => {
    const journal = encryptedJournal();
    await journal.ready;
    journal.event(reflection(TYPED[1]!, 1_200));
    journal.close();
    open.splice(0);
    const before = bytesOf(dir);
    const error = await resumeEncryptedJournal(journal.path, {
      encryption: testKeys('wrong passphrase', 0),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotesError);
    expect(error).toMatchObject({
      code: 'wrong-passphrase',
      message: 'That passphrase does not open this session. Try again; nothing has been changed.',
    });
    expect(bytesOf(dir)).toEqual(before);
    // The lock was let go: the right passphrase opens it at once.
    const resumed = await resumeEncryptedJournal(journal.path, { encryption: testKeys() });
    open.push(resumed.journal);
    expect(resumed.contents.events).toHaveLength(1);
  });

  it('resumeEncryptedJournal opens a plain journal as it is', async () => {
    const plain = createJournal({ notesDir: dir, config: config(), startedAt: 1_000 });
    plain.event({ type: 'agree', partner: 0, at: 1_100 });
    plain.close();
    const resumed = await resumeEncryptedJournal(plain.path, { encryption: testKeys() });
    open.push(resumed.journal);
    expect(resumed.journal.encrypted).toBe(false);
    expect(resumed.contents.events).toHaveLength(1);
  });

  it('drops a damaged record (bad tag) like a cut-off line, and keeps the rest', async () => {
    const journal = encryptedJournal();
    await journal.ready;
    journal.event({ type: 'agree', partner: 0, at: 1_100 });
    journal.event({ type: 'agree', partner: 1, at: 1_200 });
    journal.close();
    open.splice(0);
    const lines = fs.readFileSync(journal.path, 'utf8').split('\n');
    const damaged = Buffer.from(lines[2]!, 'base64');
    damaged[damaged.length - 1]! ^= 1;
    lines[2] = damaged.toString('base64');
    fs.writeFileSync(journal.path, `${lines.join('\n')}AAAA`);
    const resumed = await resumeEncryptedJournal(journal.path, { encryption: testKeys() });
    open.push(resumed.journal);
    expect(resumed.contents.events).toEqual([{ type: 'agree', partner: 1, at: 1_200 }]);
    expect(resumed.contents.dropped).toBe(2);
    expect(resumed.contents.truncated).toBe(true);
    expect(fs.existsSync(`${journal.path}.damaged`)).toBe(true);
  });

  it('a flush at a signal before the wrap finished writes sealed lines, never plaintext', async () => {
    const journal = encryptedJournal(testKeys(PASSPHRASE, 0));
    journal.draft('reflect:0:0:0', { text: TYPED[0]!, cursor: 0 }, 1_100);
    expect(fs.existsSync(journal.path)).toBe(false);
    // What the SIGTERM/SIGHUP handler does: synchronous, before the background wrap is back.
    journal.flush();
    journal.close();
    open.splice(0);
    expect(scanForText(dir, [...TYPED, ...NAMES]).hits).toEqual([]);
    const resumed = await resumeEncryptedJournal(journal.path, { encryption: testKeys() });
    open.push(resumed.journal);
    expect([...resumed.contents.drafts.values()][0]?.text).toBe(TYPED[0]);
    await journal.ready;
  });

  it('appends synchronously once keyed: the record is on disk when draft() returns', async () => {
    const journal = encryptedJournal();
    await journal.ready;
    const before = fs.statSync(journal.path).size;
    journal.draft('reflect:0:0:0', { text: 'x'.repeat(300), cursor: 300 }, 2_000);
    expect(fs.statSync(journal.path).size).toBeGreaterThan(before);
    expect(fs.readFileSync(journal.path, 'latin1')).not.toContain('x'.repeat(300));
  });
});

describe('nothing in the clear', () => {
  it('after an encrypted session (journal, records, notes), no typed text nor name is on disk', async () => {
    const startedMs = Date.now() - 1_000;
    const keys = testKeys();
    const journal = encryptedJournal(keys);
    await journal.ready;
    for (const [i, t] of TYPED.entries()) {
      journal.draft(`reflect:0:0:${i}`, { text: t, cursor: t.length }, 1_100 + i);
      journal.event(reflection(t, 1_200 + i));
    }
    journal.flush();
    const state = withAllTexts(completedState({ config: secretConfig() }), TYPED[0]!);
    const { path: file } = saveSession({ state, notesDir: dir, encryption: keys });
    expect(fs.existsSync(path.join(journalDir(dir), `${journal.id}.jsonl`))).toBe(true);
    const needles = [...TYPED, ...NAMES];
    const inNotes = scanForText(dir, needles);
    expect(inNotes.files).toBeGreaterThanOrEqual(3); // notes, journal, lock
    expect(inNotes.hits).toEqual([]);
    expect(scanForText(os.tmpdir(), needles, startedMs).hits).toEqual([]);
    journal.remove(file);
    open.splice(0);
    expect(await ageDecrypt(fs.readFileSync(file))).toContain(TYPED[0]);
  });
});
