// The ledger file's format, light enough to read before the screens: where it is, its first
// line (plain, or locked with a passphrase), and records read back from lines.
import path from 'node:path';
import { nodeFs, type FsLayer } from '../notes/fs-layer.js';
import { asLedgerRecord } from './ledger.js';
import type { LedgerRecord } from './types.js';

export const LEDGER_FORMAT = 'talkturn-questions';
const FOLDER = '.questions';
const FILE = 'questions.jsonl';

export interface Header {
  t: 'header';
  format: typeof LEDGER_FORMAT;
  version: 1 | 2;
  id: string;
  encrypted?: true;
  /** The data key as an age file for the passphrase, base64 (version 2). */
  key?: string;
}

export function ledgerFolder(notesDir: string): string {
  return path.join(notesDir, FOLDER);
}

export function ledgerPath(notesDir: string): string {
  return path.join(ledgerFolder(notesDir), FILE);
}

/** Whether there is a ledger, and whether it is locked, without opening it. */
export function ledgerKind(notesDir: string, fsl: FsLayer = nodeFs): 'none' | 'plain' | 'locked' {
  let text: string;
  try {
    text = fsl.readFile(ledgerPath(notesDir)).toString('utf8');
  } catch {
    return 'none';
  }
  const header = parseHeader(text.split('\n', 1)[0] ?? '');
  if (!header) return 'none';
  return header.encrypted ? 'locked' : 'plain';
}

export function parseHeader(line: string): Header | null {
  try {
    const value = JSON.parse(line) as Partial<Header>;
    if (value.t !== 'header' || value.format !== LEDGER_FORMAT || typeof value.id !== 'string')
      return null;
    if (value.version === 2 && value.encrypted && typeof value.key === 'string')
      return value as Header;
    return value.version === 1 ? (value as Header) : null;
  } catch {
    return null;
  }
}

export function readLines(lines: string[], open: (line: string) => string | null): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const text = open(line);
    if (text === null) continue;
    try {
      const record = asLedgerRecord(JSON.parse(text));
      if (record) records.push(record);
    } catch {
      // A line cut off mid-write (kill -9): dropped, the rest reads.
    }
  }
  return records;
}
