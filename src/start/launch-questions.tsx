// Starts `talkturn questions` (or `talkturn moment`) on the discreet alternate screen. The
// ledger is opened first (asking for the passphrase when it is locked); every change is on disk
// within a second, so a closed terminal or a kill loses at most the last second of typing.
import { forLockedSession, openSettingsIfPossible } from '../config/settings.js';
import { readHidden } from './passphrase-prompt.js';
import { NotesError } from '../notes/errors.js';
import { PassphraseKeys, passphraseFromEnv } from '../notes/passphrase-keys.js';
import { ledgerKind, openLedgerFile, type LedgerFile } from '../questions/ledger-file.js';
import { newLedgerId, nowIso, wallNowFrom } from '../questions/wall-clock.js';
import { talkturnCommand } from '../invocation.js';
import { keysForNewLock } from './lock-keys.js';
import { runFullScreen } from './full-screen.js';
import { QuestionsApp } from '../ui/questions/QuestionsApp.js';
import { words } from '../words/index.js';
import { plural } from '../words/format.js';

export interface QuestionsOptions {
  names?: string[];
  notesDir: string;
  configDir: string;
  encrypt?: boolean;
  startWith?: 'moment';
}

/**
 * Opens the ledger of a notes folder for a screen or a talk, with the keys it is locked with (a
 * talk from a locked ledger is locked too); null when the person stopped instead.
 */
export async function openLedgerForUse(
  notesDir: string,
  encrypt: boolean,
  keys?: PassphraseKeys,
): Promise<{ file: LedgerFile; keys?: PassphraseKeys } | null> {
  const kind = ledgerKind(notesDir);
  let encryption = keys;
  if (kind === 'locked' && !encryption) {
    const passphrase = passphraseFromEnv() ?? (await readHidden(words().questions.launch.locked));
    if (!passphrase) return null;
    encryption = new PassphraseKeys(passphrase);
  } else if (kind !== 'locked' && encrypt && !encryption) {
    const fresh = await keysForNewLock(true);
    if (!fresh) return null;
    encryption = fresh;
  }
  const file = await openLedgerFile(notesDir, encryption ? { encryption } : {});
  return encryption ? { file, keys: encryption } : { file };
}

export async function launchQuestions(options: QuestionsOptions): Promise<number> {
  const settings = openSettingsIfPossible(options.configDir);
  const remembered = settings?.read() ?? { names: [], seenSafetyNotice: false };
  let opened: Awaited<ReturnType<typeof openLedgerForUse>>;
  try {
    opened = await openLedgerForUse(
      options.notesDir,
      options.encrypt === true || remembered.encrypt === true,
    );
  } catch (error) {
    if (error instanceof NotesError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!opened) {
    process.stdout.write(words().questions.launch.nothingOpened);
    return 0;
  }
  const ledger = opened.file;
  const names = options.names ?? remembered.names;
  // Locked: the names typed are not remembered in plaintext either.
  const kept = opened.keys ? forLockedSession(settings) : settings;

  return runFullScreen({
    // Every change is appended as it happens: stopping only has to push it to the disk.
    keep: () => {
      ledger.close();
      return ledger.problem() ? null : words().questions.launch.keptTyped;
    },
    cleanUp: () => ledger.close(),
    screens: (farewell) => (
      <QuestionsApp
        file={ledger}
        now={wallNowFrom()}
        names={names}
        {...(options.startWith ? { startWith: options.startWith } : {})}
        onNameGiven={(name) => {
          if (names.length < 2) kept?.update({ names: [...names, name].slice(0, 2) });
        }}
        onLeave={(message) => farewell({ code: 0, message })}
      />
    ),
  });
}

/** `talkturn questions --import FILE --by NAME`: a starting list added to the ledger, no screen. */
export async function importQuestions(options: {
  file: string;
  by: string;
  notesDir: string;
  encrypt: boolean;
}): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const { importRecords, parseStartingList } = await import('../questions/starting-list.js');
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch {
    process.stderr.write(words().questions.launch.cannotRead(options.file));
    return 1;
  }
  const { questions, problems } = parseStartingList(text);
  if (problems.length > 0) {
    for (const problem of problems)
      process.stderr.write(`${options.file}:${problem.line}: ${problem.message}\n`);
    return 2;
  }
  const opened = await openLedgerForUse(options.notesDir, options.encrypt);
  if (!opened) return 0;
  const now = wallNowFrom();
  const records = importRecords(
    questions,
    opened.file.ledger().questions,
    options.by,
    nowIso(now),
    () => newLedgerId('q'),
  );
  for (const record of records) opened.file.append(record);
  opened.file.close();
  const skipped = questions.length - records.length;
  process.stdout.write(
    words().questions.launch.imported(
      plural(records.length, words().questions.launch.added),
      options.by,
      skipped,
      talkturnCommand('questions'),
    ),
  );
  return 0;
}
