// `talkturn forget questions` (and `--all`) removes the question ledger for good, and only it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ledgerFolder, openLedgerFile } from '../../src/questions/ledger-file.js';
import { forget, saveSessions, workDir } from './forget-fixtures.js';

async function withLedger() {
  const { notes } = workDir();
  saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00', agreements: ['Text when late.'] }]);
  const file = await openLedgerFile(notes);
  file.append({
    t: 'ask',
    id: 'q-1',
    text: 'Why then?',
    by: 'Ben',
    at: '2026-11-23T21:00:00+01:00',
  });
  file.close();
  return notes;
}

describe('forgetting the questions', () => {
  it('by name: the ledger goes, the sessions stay', async () => {
    const notes = await withLedger();
    const { code, text, asked } = await forget(notes, { sessions: ['questions'] });
    expect(code).toBe(0);
    expect(text).toContain('questions (question ledger (your questions and moments))');
    expect(asked[0]).toContain('1 question ledger');
    expect(fs.readdirSync(ledgerFolder(notes))).toEqual([]);
    expect(fs.readdirSync(notes).filter((f) => f.endsWith('.md'))).toHaveLength(1);
  });

  it('with --all, together with everything else', async () => {
    const notes = await withLedger();
    const { code } = await forget(notes, { all: true });
    expect(code).toBe(0);
    expect(fs.readdirSync(ledgerFolder(notes))).toEqual([]);
    expect(fs.readdirSync(notes).filter((f) => f.endsWith('.md'))).toHaveLength(0);
  });
});
