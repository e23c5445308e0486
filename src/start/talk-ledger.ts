// Opens the ledger before a session's screens when the talk may come from the questions (its
// passphrase asked on the terminal, as a question screen would).
import type { PassphraseKeys } from '../notes/passphrase-keys.js';
import type { LedgerFile } from '../questions/ledger-file.js';
import { itemsToBring, YOUR_QUESTIONS_ID, type TalkItem } from '../questions/talk.js';

/** What a start needs of the ledger: the file, what may be brought, and its keys when locked. */
export interface TalkLedger {
  file: LedgerFile;
  items: TalkItem[];
  keys?: PassphraseKeys;
}

/**
 * Opens the ledger when this start may talk from the questions (the deck, the guided list, or an
 * unfinished talk). Null when it is not needed or cannot be opened: the talk is then not offered.
 */
export async function ledgerForTalk(options: {
  notesDir: string;
  deckIds: (string | undefined)[];
  keys?: PassphraseKeys;
}): Promise<TalkLedger | null> {
  if (!options.deckIds.includes(YOUR_QUESTIONS_ID)) return null;
  try {
    const { openLedgerForUse } = await import('./launch-questions.js');
    const opened = await openLedgerForUse(options.notesDir, false, options.keys);
    if (!opened) return null;
    return { ...opened, items: itemsToBring(opened.file.ledger()) };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}
