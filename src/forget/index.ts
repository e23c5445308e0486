// `talkturn forget [SESSION...|--all] [--yes]`: deletes chosen sessions, check-ins and
// unfinished sessions for real (and so the agreements written in them), after saying what will
// go and asking. Only files talkturn itself wrote are ever touched.
import { UsageError } from '../errors.js';
import { NotesError } from '../notes/errors.js';
import { nodeFs, type FsLayer } from '../notes/fs-layer.js';
import { catalogue, type Catalogue, type Item } from './catalogue.js';
import { deleteItems } from './delete.js';
import { selectItems } from './select.js';
import {
  fileCount,
  filesIn,
  keptDamagedMessage,
  listLine,
  lockedMessage,
  nameLine,
  noTerminal,
  question,
  unknownMessage,
} from './wording.js';
import { words } from '../words/index.js';

export { askYes } from './ask-yes.js';
export { question as confirmationQuestion } from './wording.js';

export interface ForgetCommandOptions {
  notesDir: string;
  /** File names (with or without `.md`, or `.md.age`), journal ids, or days `YYYY-MM-DD`. */
  sessions: string[];
  all: boolean;
  /** Delete without asking (for scripts). */
  yes: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks the question; true only for a yes. */
  confirm: (question: string) => Promise<boolean>;
  /** Whether there is a terminal to ask in; defaults to `process.stdin.isTTY`. */
  interactive?: boolean;
  /** For tests: the file-system layer (faults, observing writes). */
  fs?: FsLayer;
}

/**
 * Forgets the chosen notes. Throws a UsageError (exit 2) when nothing is chosen, a name
 * matches nothing (then nothing is deleted), or there is no terminal to ask in without `--yes`.
 * Returns 0 when everything chosen was deleted (or the answer was not yes), 1 when some file
 * could not be deleted or an unfinished session was kept because a running talkturn holds it.
 */
export async function runForgetCommand(opts: ForgetCommandOptions): Promise<number> {
  const said = words().forget;
  const names = opts.sessions.filter((name) => name.trim() !== '');
  if (opts.all && names.length > 0) throw new UsageError(said.either);
  const fsl = opts.fs ?? nodeFs;

  let found: Catalogue;
  try {
    found = catalogue(opts.notesDir, fsl);
  } catch (error) {
    if (!(error instanceof NotesError)) throw error;
    if (!opts.all && names.length === 0) throw new UsageError(said.chooseEmpty);
    opts.err(error.message);
    return 1;
  }
  if (!opts.all && names.length === 0) {
    // Nothing named: show what can be typed to name each one, newest first, then ask for one.
    const nameable = found.items.filter((item) => item.kind !== 'leftover');
    if (nameable.length === 0) throw new UsageError(said.chooseEmpty);
    opts.out(said.canForget);
    for (const item of nameable) opts.out(nameLine(item));
    throw new UsageError(said.choose);
  }

  let chosen: Item[];
  if (opts.all) {
    chosen = found.items;
    for (const item of found.damaged) opts.err(keptDamagedMessage(item));
  } else {
    const selection = selectItems(found, names);
    if (selection.unknown.length > 0) throw new UsageError(unknownMessage(selection.unknown));
    chosen = selection.chosen;
  }

  const live = chosen.filter((item) => item.lockedBy);
  for (const item of live) opts.err(lockedMessage(item));
  const toDelete = chosen.filter((item) => !item.lockedBy && item.files.length > 0);
  if (toDelete.length === 0) {
    if (live.length === 0) opts.out(said.nothing);
    return live.length > 0 ? 1 : 0;
  }

  opts.out(said.willGo);
  for (const item of toDelete) opts.out(listLine(item));
  opts.out(toDelete.some((item) => item.shared) ? said.bothOfYou : said.copiesKept);
  if (!opts.yes) {
    if (!(opts.interactive ?? process.stdin.isTTY === true)) throw new UsageError(noTerminal());
    if (!(await opts.confirm(question(toDelete)))) {
      opts.out(said.notConfirmed);
      return 0;
    }
  }

  const outcome = deleteItems(toDelete, opts.notesDir, fsl, opts.err);
  opts.out(said.deleted(fileCount(outcome.deleted)));
  if (outcome.failed > 0) {
    opts.err(said.someFailed(fileCount(outcome.failed), filesIn(toDelete)));
  }
  return outcome.failed > 0 || outcome.kept > 0 || live.length > 0 ? 1 : 0;
}
