import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/export/index.js';
import { runHistoryCommand } from '../../src/history/index.js';
import {
  NotesError,
  passphraseFromEnv,
  readNotesFolder,
  readNotesFolderWithPassphrase,
  saveCheckin,
  saveSession,
} from '../../src/notes/index.js';
import { ageDecrypt, PASSPHRASE, testKeys } from './encryption-fixtures.js';
import { capture, checkinAt, saveSessions, sessionAt, workDir } from './folder-fixtures.js';

const bytesOf = (dir: string) =>
  new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));

/** A plain session, an encrypted session and an encrypted check-in; one more under another passphrase. */
function mixedFolder(): string {
  const { notes } = workDir();
  saveSessions(notes, [{ at: '2026-11-20T18:05:00+01:00', agreements: ['Plain walk.'] }]);
  const keys = testKeys(PASSPHRASE, 0);
  saveSession({
    state: sessionAt({ at: '2026-11-24T18:05:00+01:00', agreements: ['Sealed call.'] }),
    notesDir: notes,
    encryption: keys,
  });
  saveCheckin({
    checkin: checkinAt('2026-11-25T21:00:00+01:00', [7, 8]),
    notesDir: notes,
    encryption: keys,
  });
  saveSession({
    state: sessionAt({ at: '2026-11-26T18:05:00+01:00' }),
    notesDir: notes,
    encryption: testKeys('her own journal passphrase', 0),
  });
  return notes;
}

describe('reading encrypted notes back', () => {
  it('without a passphrase: encrypted notes are counted and left out, as before', () => {
    const notes = mixedFolder();
    const folder = readNotesFolder(notes);
    expect(folder.notes.map((n) => n.name)).toEqual(['2026-11-20-1805-trust-basics.md']);
    expect(folder.encrypted).toHaveLength(3);
  });

  it('with a passphrase: opens what it can, newest first; the rest are reported and skipped', async () => {
    const notes = mixedFolder();
    const before = bytesOf(notes);
    const folder = await readNotesFolderWithPassphrase(notes, { encryption: testKeys() });
    expect(folder.notes.map((n) => n.name)).toEqual([
      '2026-11-25-2100-checkin.md.age',
      '2026-11-24-1805-session.md.age',
      '2026-11-20-1805-trust-basics.md',
    ]);
    expect(folder.notes[1]?.markdown).toContain('Sealed call.');
    expect(folder.notOpened).toEqual(['2026-11-26-1805-session.md.age']);
    expect(folder.encrypted).toEqual(['2026-11-26-1805-session.md.age']);
    expect(bytesOf(notes)).toEqual(before);
  });

  it('a passphrase that opens none of them is a clear NotesError, and nothing changes', async () => {
    const notes = mixedFolder();
    fs.rmSync(path.join(notes, '2026-11-26-1805-session.md.age'));
    const before = bytesOf(notes);
    const error = await readNotesFolderWithPassphrase(notes, {
      encryption: testKeys('a typo', 0),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotesError);
    expect(error).toMatchObject({
      code: 'wrong-passphrase',
      message: 'That passphrase does not open these notes. Try again; nothing has been changed.',
    });
    expect(bytesOf(notes)).toEqual(before);
  });

  it('a damaged encrypted note is reported as damaged, the others still read', async () => {
    const notes = mixedFolder();
    const file = path.join(notes, '2026-11-25-2100-checkin.md.age');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 1]! ^= 1;
    fs.writeFileSync(file, bytes);
    const folder = await readNotesFolderWithPassphrase(notes, { encryption: testKeys() });
    expect(folder.skipped).toEqual([{ name: '2026-11-25-2100-checkin.md.age', reason: 'damaged' }]);
    expect(folder.notes).toHaveLength(2);
  });

  it('history and export take the passphrase; a wrong one is exit 1 with the sentence', async () => {
    const notes = mixedFolder();
    const history = capture();
    expect(
      await runHistoryCommand({ notesDir: notes, ...history.sinks, passphrase: PASSPHRASE }),
    ).toBe(0);
    expect(history.out.join('\n')).toContain('Sealed call.');
    expect(history.err).toEqual([
      'The encrypted note 2026-11-26-1805-session.md.age did not open with that passphrase, so it was left out; the file is safe as it is.',
    ]);

    const wrong = capture();
    fs.rmSync(path.join(notes, '2026-11-26-1805-session.md.age'));
    expect(await runHistoryCommand({ notesDir: notes, ...wrong.sinks, passphrase: 'nope' })).toBe(
      1,
    );
    expect(wrong.err).toEqual([
      'That passphrase does not open these notes. Try again; nothing has been changed.',
    ]);

    const printed: string[] = [];
    const exported = capture();
    expect(
      await runExportCommand({
        notesDir: notes,
        stdout: (text) => printed.push(text),
        err: exported.sinks.err,
        passphrase: PASSPHRASE,
      }),
    ).toBe(0);
    expect(printed.join('')).toContain('Sealed call.');
  });

  it('export --out of encrypted notes is locked too, never written in the clear', async () => {
    const notes = mixedFolder();
    const out = path.join(path.dirname(notes), 'export.md');
    const run = capture();
    const code = await runExportCommand({
      notesDir: notes,
      out,
      stdout: run.sinks.out,
      err: run.sinks.err,
      passphrase: PASSPHRASE,
    });
    expect(code).toBe(0);
    expect(fs.existsSync(out)).toBe(false);
    const sealed = fs.readFileSync(`${out}.age`);
    expect(sealed.toString('latin1')).not.toContain('Sealed call.');
    expect(await ageDecrypt(sealed)).toContain('Sealed call.');
  });

  it('the saved files open with the age library (same format as any age file)', async () => {
    const notes = mixedFolder();
    const text = await ageDecrypt(
      fs.readFileSync(path.join(notes, '2026-11-24-1805-session.md.age')),
    );
    expect(text).toContain('Sealed call.');
  });
});

describe('TALKTURN_PASSPHRASE', () => {
  it('supplies the passphrase when set and not empty', () => {
    expect(passphraseFromEnv({ TALKTURN_PASSPHRASE: 'for scripts' })).toBe('for scripts');
    expect(passphraseFromEnv({ TALKTURN_PASSPHRASE: '' })).toBeNull();
    expect(passphraseFromEnv({})).toBeNull();
  });
});

describe('a cut-off encrypted note', () => {
  it('is called damaged, not a wrong passphrase, even when it is the only one', async () => {
    const { notes } = workDir();
    const { path: file } = saveSession({
      state: sessionAt({ at: '2026-11-24T18:05:00+01:00' }),
      notesDir: notes,
      encryption: testKeys(PASSPHRASE, 0),
    });
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 60));
    const folder = await readNotesFolderWithPassphrase(notes, { encryption: testKeys() });
    expect(folder.skipped).toEqual([{ name: path.basename(file), reason: 'damaged' }]);
    expect(folder.notOpened).toEqual([]);
  });
});
