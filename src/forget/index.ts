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
  BOTH_OF_YOU,
  CHOOSE,
  CHOOSE_EMPTY,
  COPIES_KEPT,
  EITHER,
  noTerminal,
  NOT_CONFIRMED,
  NOTHING,
  count,
  filesIn,
  keptDamagedMessage,
  listLine,
  lockedMessage,
  nameLine,
  question,
  unknownMessage,
} from './wording.js';

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
  const names = opts.sessions.filter((name) => name.trim() !== '');
  if (opts.all && names.length > 0) throw new UsageError(EITHER);
  const fsl = opts.fs ?? nodeFs;

  let found: Catalogue;
  try {
    found = catalogue(opts.notesDir, fsl);
  } catch (error) {
    if (!(error instanceof NotesError)) throw error;
    if (!opts.all && names.length === 0) throw new UsageError(CHOOSE_EMPTY);
    opts.err(error.message);
    return 1;
  }
  if (!opts.all && names.length === 0) {
    // Nothing named: show what can be typed to name each one, newest first, then ask for one.
    const nameable = found.items.filter((item) => item.kind !== 'leftover');
    if (nameable.length === 0) throw new UsageError(CHOOSE_EMPTY);
    opts.out('What you can forget, by the name to type:');
    for (const item of nameable) opts.out(nameLine(item));
    throw new UsageError(CHOOSE);
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
    if (live.length === 0) opts.out(NOTHING);
    return live.length > 0 ? 1 : 0;
  }

  opts.out('These will be deleted:');
  for (const item of toDelete) opts.out(listLine(item));
  opts.out(toDelete.some((item) => item.shared) ? BOTH_OF_YOU : COPIES_KEPT);
  if (!opts.yes) {
    if (!(opts.interactive ?? process.stdin.isTTY === true)) throw new UsageError(noTerminal());
    if (!(await opts.confirm(question(toDelete)))) {
      opts.out(NOT_CONFIRMED);
      return 0;
    }
  }

  const outcome = deleteItems(toDelete, opts.notesDir, fsl, opts.err);
  opts.out(`Deleted ${count(outcome.deleted, ['file', 'files'])}.`);
  if (outcome.failed > 0) {
    opts.err(
      `${count(outcome.failed, ['file', 'files'])} of ${filesIn(toDelete)} could not be deleted (named above): try again once the problem is fixed.`,
    );
  }
  return outcome.failed > 0 || outcome.kept > 0 || live.length > 0 ? 1 : 0;
}
