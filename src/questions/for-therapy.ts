// The brief for a therapist, with the couple's consent: only the questions they kept for the
// therapist (marked so, by the one who asked) appear, as "Questions we want help with". Moments
// that hurt never do: they are private to the one who wrote them.
import { NotesError } from '../notes/errors.js';
import { PassphraseKeys } from '../notes/passphrase-keys.js';
import { foldLedger } from './ledger.js';
import { ledgerKind } from './ledger-format.js';
import { readLedgerFile } from './ledger-file.js';
import type { Question } from './types.js';
import { words } from '../words/index.js';

export async function questionsForTherapy(
  notesDir: string,
  passphrase?: string,
): Promise<{ questions: Question[]; warning?: string }> {
  const locked = ledgerKind(notesDir) === 'locked';
  if (locked && !passphrase) {
    return {
      questions: [],
      warning: words().questions.therapyLocked,
    };
  }
  try {
    const encryption =
      locked && passphrase ? new PassphraseKeys(passphrase, { ahead: 0 }) : undefined;
    const { records } = await readLedgerFile(notesDir, encryption ? { encryption } : {});
    return { questions: foldLedger(records).questions.filter((q) => q.status === 'therapist') };
  } catch (error) {
    if (!(error instanceof NotesError)) throw error;
    return { questions: [], warning: words().questions.therapyLeftOut(error.message) };
  }
}
