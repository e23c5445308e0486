// The guided start offers "Your questions" only when some are open (or the ledger is locked and
// may hold some); `start --deck your-questions` takes the deck directly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareStart } from '../../src/start/prepare-start.js';
import { openLedgerFile } from '../../src/questions/ledger-file.js';

const options = (notesDir: string) => ({ quiet: true, encrypt: false, notesDir });

async function folderWith(status?: 'answered' | 'open'): Promise<string> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-guided-')), 'notes');
  if (!status) return dir;
  const file = await openLedgerFile(dir);
  file.append({
    t: 'ask',
    id: 'q-1',
    text: 'Why then?',
    by: 'Ben',
    at: '2026-11-23T21:00:00+01:00',
  });
  if (status === 'answered') {
    file.append({ t: 'status', id: 'q-1', status, at: '2026-11-24T21:00:00+01:00' });
  }
  file.close();
  return dir;
}

const deckIds = async (dir: string) =>
  (await prepareStart(options(dir), 'guided')).decks.map((deck) => deck.id);

describe('the guided start and your questions', () => {
  it('offers them when one is open, and not when none is', async () => {
    expect(await deckIds(await folderWith('open'))).toContain('your-questions');
    expect(await deckIds(await folderWith('answered'))).not.toContain('your-questions');
    expect(await deckIds(await folderWith())).not.toContain('your-questions');
  });

  it('start --deck your-questions takes the deck directly', async () => {
    const prepared = await prepareStart(
      { ...options(await folderWith('open')), deck: 'your-questions', names: ['Ana', 'Ben'] },
      'start',
    );
    expect(prepared.deck?.title).toBe('Your questions');
  });
});
