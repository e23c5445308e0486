// Storage failures as people read them: one plain sentence, what went wrong and what to do.
// The system code stays on the error for logs and tests; the message never shows it.
import { words } from '../words/index.js';

export type NotesErrorCode =
  | 'disk-full'
  | 'read-only'
  | 'permission'
  | 'missing'
  | 'not-a-folder'
  | 'locked'
  | 'damaged'
  | 'newer-version'
  | 'wrong-passphrase'
  | 'passphrase-needed'
  | 'io';

/** The codes that come from a file operation failing. */
export type FileErrorCode = Exclude<
  NotesErrorCode,
  'locked' | 'damaged' | 'newer-version' | 'wrong-passphrase' | 'passphrase-needed'
>;

/** What we were doing when it failed: it changes what the sentence says was lost. */
export type NotesAction = 'save' | 'autosave' | 'folder' | 'resume' | 'forget';

/** Maps a system error code (ENOSPC…) to what it means for the notes. */
export function classify(sysCode: string | undefined): FileErrorCode {
  switch (sysCode) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
    case 'ESHORTWRITE':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ENOENT':
      return 'missing';
    case 'ENOTDIR':
      return 'not-a-folder';
    default:
      return 'io';
  }
}

/** The autosave could not be written where it was, and was moved whole to `dir`. */
export function rescuedMessage(error: NotesError, dir: string): string {
  const causes = words().notesErrors.cause;
  const cause = error.code in causes ? causes[error.code as FileErrorCode] : causes.io;
  return words().notesErrors.rescued(cause, dir);
}

export function messageFor(code: FileErrorCode, action: NotesAction): string {
  const said = words().notesErrors;
  const cause = said.cause[code];
  const consequence = said.consequence[action];
  if (action === 'resume' || action === 'forget') return said.nothingChanged(cause, consequence);
  return said.wordsStillHere(cause, consequence, said.remedy[code]);
}

export class NotesError extends Error {
  override readonly name = 'NotesError';
  /** Exit code for the command line, as for any runtime error. */
  readonly exitCode = 1;

  constructor(
    message: string,
    readonly code: NotesErrorCode,
    readonly action: NotesAction,
    /** The system's code (ENOSPC, EROFS…), when there was one. */
    readonly sysCode?: string,
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function sysCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Turns whatever a file operation threw into a NotesError (a NotesError passes through). */
export function toNotesError(error: unknown, action: NotesAction, path?: string): NotesError {
  if (error instanceof NotesError) return error;
  const sysCode = sysCodeOf(error);
  const code = classify(sysCode);
  return new NotesError(messageFor(code, action), code, action, sysCode, path, { cause: error });
}

/** A folder to write in that is a link talkturn did not make, or open to other people. */
export function notPrivateError(dir: string, action: NotesAction): NotesError {
  return new NotesError(words().notesErrors.notPrivate(dir), 'permission', action, undefined, dir);
}

export function lockedError(pid: number | null, path: string): NotesError {
  const which = pid === null ? '' : words().notesErrors.lockedBy(pid);
  return new NotesError(words().notesErrors.locked(which), 'locked', 'resume', undefined, path);
}

/** A journal that cannot be rebuilt: no readable header, or written by a newer talkturn. */
export function journalError(
  code: 'damaged' | 'newer-version' | 'missing',
  path: string,
): NotesError {
  const message = words().notesErrors.journal[code];
  return new NotesError(message, code, 'resume', undefined, path);
}

/** An error carrying a system code, as node:fs throws them. */
export function sysError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** The passphrase given does not open an encrypted session or note. Nothing was changed. */
export function wrongPassphraseError(path: string, action: NotesAction = 'resume'): NotesError {
  const said = words().notesErrors;
  return new NotesError(
    action === 'resume' ? said.wrongPassphraseSession : said.wrongPassphraseNotes,
    'wrong-passphrase',
    action,
    undefined,
    path,
  );
}

/** An encrypted session or note was met without a passphrase to open it. */
export function passphraseNeededError(path: string, action: NotesAction = 'resume'): NotesError {
  const said = words().notesErrors;
  return new NotesError(
    action === 'resume' ? said.passphraseNeededSession : said.passphraseNeededNotes,
    'passphrase-needed',
    action,
    undefined,
    path,
  );
}
