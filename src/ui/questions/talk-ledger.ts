// Binds a talk from the questions to the ledger: as the talk goes, each question reached is
// counted as brought, and each mark is written to the ledger at once (not only at the end), so
// a talk killed halfway keeps what was marked. Records already there are never written twice.
import type { LedgerFile } from '../../questions/ledger-file.js';
import { talkRecords } from '../../questions/talk.js';
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
