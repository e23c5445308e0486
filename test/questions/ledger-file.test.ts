// The ledger on disk: what is appended reads back (also after a cut-off last line), locked it
// holds nothing in the clear, a wrong passphrase opens nothing, and a failed write is retried.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failNth, faultyFs, nodeFs } from '../../src/notes/fs-layer.js';
import { ledgerKind, ledgerPath, openLedgerFile } from '../../src/questions/ledger-file.js';
import { ledgerMayHaveOpen } from '../../src/questions/ledger-peek.js';
import { testKeys } from '../notes/encryption-fixtures.js';

const MONDAY = '2026-11-23T21:00:00+01:00';
const THURSDAY = '2026-11-26T20:00:00+01:00';

function notesDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-ledger-')), 'notes');
}

describe('the ledger file', () => {
  it('keeps each question, its marks and what is being typed, and reads them back', async () => {
    const dir = notesDir();
    const file = await openLedgerFile(dir);
    file.append({ t: 'ask', id: 'q-1', text: 'Why then?', by: 'Ben', at: MONDAY });
    file.append({ t: 'status', id: 'q-1', status: 'asked-again', at: THURSDAY });
    file.append({ t: 'draft', key: 'question', text: 'What did it mean', at: THURSDAY });
    file.close();
    expect(fs.statSync(ledgerPath(dir)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(ledgerPath(dir))).mode & 0o777).toBe(0o700);

    // A last line cut off by kill -9 is dropped; everything before it reads.
    fs.appendFileSync(ledgerPath(dir), '{"t":"ask","id":"q-2","te');
    const again = await openLedgerFile(dir);
    const [question] = again.ledger().questions;
    expect(again.ledger().questions).toHaveLength(1);
    expect(question?.status).toBe('asked-again');
    expect(question?.history.map((h) => [h.status, h.at])).toEqual([
      ['open', MONDAY],
      ['asked-again', THURSDAY],
    ]);
    expect(again.ledger().drafts.get('question')).toBe('What did it mean');
    expect(ledgerMayHaveOpen(dir)).toBe(true);
    again.close();
  });

  it('locked, holds nothing in the clear and opens only with its passphrase', async () => {
    const dir = notesDir();
    const file = await openLedgerFile(dir, { encryption: testKeys('river walk') });
    file.append({ t: 'ask', id: 'q-1', text: 'Who else knew?', by: 'Ben', at: MONDAY });
    file.close();
    const raw = fs.readFileSync(ledgerPath(dir), 'utf8');
    expect(raw).not.toContain('knew');
    expect(raw).not.toContain('Ben');
    expect(ledgerKind(dir)).toBe('locked');
    await expect(openLedgerFile(dir)).rejects.toMatchObject({ code: 'passphrase-needed' });
    await expect(openLedgerFile(dir, { encryption: testKeys('wrong') })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    const opened = await openLedgerFile(dir, { encryption: testKeys('river walk') });
    expect(opened.ledger().questions[0]?.text).toBe('Who else knew?');
    opened.close();
  });

  it('locks a plain ledger when encryption is asked for, rewriting it sealed', async () => {
    const dir = notesDir();
    const plain = await openLedgerFile(dir);
    plain.append({ t: 'ask', id: 'q-1', text: 'Why then?', by: 'Ben', at: MONDAY });
    plain.close();
    const locked = await openLedgerFile(dir, { encryption: testKeys('river walk') });
    locked.close();
    expect(fs.readFileSync(ledgerPath(dir), 'utf8')).not.toContain('Why then');
    const opened = await openLedgerFile(dir, { encryption: testKeys('river walk') });
    expect(opened.ledger().questions[0]?.text).toBe('Why then?');
    opened.close();
  });

  it('keeps a failed write in memory, says so, and writes it all once the disk is back', async () => {
    const dir = notesDir();
    const setup = await openLedgerFile(dir);
    setup.close();
    const faulty = faultyFs(nodeFs, failNth(1, 'ENOSPC'));
    const file = await openLedgerFile(dir, { fs: faulty });
    file.append({ t: 'ask', id: 'q-1', text: 'Why then?', by: 'Ben', at: MONDAY });
    expect(file.problem()).toMatch(/disk is full/i);
    file.append({ t: 'ask', id: 'q-2', text: 'Were you lonely?', by: 'Ben', at: MONDAY });
    expect(file.problem()).toBeNull();
    file.close();
    const again = await openLedgerFile(dir);
    expect(again.ledger().questions.map((q) => q.text)).toEqual(['Why then?', 'Were you lonely?']);
    again.close();
  });

  it('keeps an unreadable file aside instead of writing over it', async () => {
    const dir = notesDir();
    fs.mkdirSync(path.dirname(ledgerPath(dir)), { recursive: true });
    fs.writeFileSync(ledgerPath(dir), 'not ours\n');
    const file = await openLedgerFile(dir);
    file.close();
    expect(fs.readFileSync(`${ledgerPath(dir)}.damaged`, 'utf8')).toBe('not ours\n');
  });
});
