// The export for a therapist carries the questions kept for the therapist, and nothing else of
// the ledger: not the open ones, never a moment that hurt; the plain export carries none.
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/export/index.js';
import { openLedgerFile } from '../../src/questions/ledger-file.js';
import { saveSessions, workDir } from '../forget/forget-fixtures.js';

const MONDAY = '2026-11-23T21:00:00+01:00';

async function exported(forTherapy: boolean) {
  const { notes } = workDir();
  saveSessions(notes, [{ at: '2026-11-24T18:05:00+01:00', agreements: ['Text when late.'] }]);
  const file = await openLedgerFile(notes);
  file.append({ t: 'ask', id: 'q-1', text: 'Why do I still check?', by: 'Ben', at: MONDAY });
  file.append({ t: 'status', id: 'q-1', status: 'therapist', at: MONDAY });
  file.append({ t: 'ask', id: 'q-2', text: 'Who else knew?', by: 'Ben', at: MONDAY });
  file.append({
    ...{ t: 'moment', id: 'm-1', by: 'Ben', at: MONDAY, when: 'today', strength: 8 },
    ...{ trigger: 'the red car', helped: '', bring: true },
  });
  file.close();
  let document = '';
  const code = await runExportCommand({
    notesDir: notes,
    forTherapy,
    ...(forTherapy ? { approvedBy: 'Ana,Ben' } : {}),
    stdout: (text) => (document += text),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return document;
}

describe('questions in the export', () => {
  it('for a therapist: only those kept for the therapist, as questions we want help with', async () => {
    const document = await exported(true);
    expect(document).toContain('## Questions we want help with');
    expect(document).toContain('Why do I still check?');
    expect(document).toContain('Why do I still check? — Ben, 23 Nov');
    expect(document).not.toContain('Who else knew?');
    expect(document).not.toContain('the red car');
  });

  it('the plain export has none of the ledger', async () => {
    const document = await exported(false);
    expect(document).not.toContain('Why do I still check?');
    expect(document).not.toContain('Questions we want help with');
  });
});
