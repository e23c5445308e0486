// Binds a talk from the questions to the ledger: as the talk goes, each question reached is
// counted as brought, and each mark is written to the ledger at once (not only at the end), so
// a talk killed halfway keeps what was marked. Records already there are never written twice.
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { PassphraseKeys } from '../../notes/passphrase-keys.js';
import {
  itemsToBring,
  talkRecords,
  YOUR_QUESTIONS_ID,
  type TalkItem,
} from '../../questions/talk.js';
import { nowIso, type WallNow } from '../../questions/wall-clock.js';
import type { SessionKeeper } from '../keeper.js';

export function followTalk(keeper: SessionKeeper, ledger: LedgerFile, now: WallNow): SessionKeeper {
  const { store } = keeper;
  if (!store.getState().config.prompts.some((prompt) => prompt.question)) return keeper;
  const sync = () => {
    for (const record of talkRecords(store.getState(), ledger.ledger(), nowIso(now))) {
      ledger.append(record);
    }
  };
  sync();
  const unsubscribe = store.subscribe(sync);
  return {
    ...keeper,
    save: (state, folder) => {
      sync();
      ledger.flush();
      return keeper.save(state, folder);
    },
    close(options) {
      const kept = keeper.close(options);
      // A session that could not be let go of stays open, and keeps telling the ledger.
      if (kept.safe || options?.force) unsubscribe();
      ledger.flush();
      return kept;
    },
  };
}

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
