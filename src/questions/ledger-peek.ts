// A quick look at the ledger before the screens: are any questions open? A locked ledger cannot
// say without its passphrase, so it may have some.
import { nodeFs, type FsLayer } from '../notes/fs-layer.js';
import { foldLedger } from './ledger.js';
import { ledgerKind, ledgerPath, readLines } from './ledger-format.js';
import { isOpen } from './types.js';

export function ledgerMayHaveOpen(notesDir: string, fsl: FsLayer = nodeFs): boolean {
  const kind = ledgerKind(notesDir, fsl);
  if (kind !== 'plain') return kind === 'locked';
  let lines: string[];
  try {
    lines = fsl.readFile(ledgerPath(notesDir)).toString('utf8').split('\n').slice(1);
  } catch {
    return false;
  }
  const records = readLines(lines, (line) => line);
  const ledger = foldLedger(records);
  return ledger.questions.some(isOpen) || ledger.moments.some((m) => m.bring && !m.owned);
}
