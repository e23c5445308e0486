// Storage failures as people read them: one plain sentence, what went wrong and what to do.
// The system code stays on the error for logs and tests; the message never shows it.

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

const CAUSE: Record<FileErrorCode, string> = {
  'disk-full': 'The disk is full',
  'read-only': 'The notes folder is on a read-only disk',
  permission: 'talkturn is not allowed to write in the notes folder',
  missing: 'The notes folder is missing (a disk may have been removed)',
  'not-a-folder': 'The notes folder path points to a file, not a folder',
  io: 'The disk reported an error',
};

const CONSEQUENCE: Record<NotesAction, string> = {
  save: 'so the notes could not be saved',
  autosave: 'so autosave has stopped for now',
  folder: 'so the notes folder could not be prepared',
  resume: 'so the interrupted session could not be opened',
  forget: 'so the interrupted session could not be deleted',
};

const REMEDY: Record<FileErrorCode, string> = {
  'disk-full': 'free some space or choose another folder',
  'read-only': 'choose another folder',
  permission: 'choose another folder',
  missing: 'choose another folder',
  'not-a-folder': 'choose another folder',
  io: 'try again or choose another folder',
};

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
  const cause = error.code in CAUSE ? CAUSE[error.code as FileErrorCode] : CAUSE.io;
  return `${cause}: your words are kept in ${dir} instead.`;
}

export function messageFor(code: FileErrorCode, action: NotesAction): string {
  if (action === 'resume' || action === 'forget') {
    return `${CAUSE[code]}, ${CONSEQUENCE[action]}. Nothing was changed: check the folder and try again.`;
  }
  return `${CAUSE[code]}, ${CONSEQUENCE[action]}. Your words are still here: ${REMEDY[code]}.`;
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
  return new NotesError(
    `${dir} leads to a folder other people can open or change, so talkturn will not write there: choose a folder only you can open.`,
    'permission',
    action,
    undefined,
    dir,
  );
}

export function lockedError(pid: number | null, path: string): NotesError {
  const which = pid === null ? '' : ` (process ${pid})`;
  return new NotesError(
    `This session is open in another terminal${which}: close it there first, or start a new session.`,
    'locked',
    'resume',
    undefined,
    path,
  );
}

/** A journal that cannot be rebuilt: no readable header, or written by a newer talkturn. */
export function journalError(
  code: 'damaged' | 'newer-version' | 'missing',
  path: string,
): NotesError {
  const message = {
    damaged:
      'This interrupted session could not be read, because its journal is damaged beyond repair.',
    'newer-version':
      'This interrupted session was saved by a newer version of talkturn: update talkturn to resume it.',
    missing:
      'This interrupted session is no longer there: it may have been resumed or removed already.',
  }[code];
  return new NotesError(message, code, 'resume', undefined, path);
}

/** An error carrying a system code, as node:fs throws them. */
export function sysError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** The passphrase given does not open an encrypted session or note. Nothing was changed. */
export function wrongPassphraseError(path: string, action: NotesAction = 'resume'): NotesError {
  const what = action === 'resume' ? 'this session' : 'these notes';
  return new NotesError(
    `That passphrase does not open ${what}. Try again; nothing has been changed.`,
    'wrong-passphrase',
    action,
    undefined,
    path,
  );
}

/** An encrypted session or note was met without a passphrase to open it. */
export function passphraseNeededError(path: string, action: NotesAction = 'resume'): NotesError {
  const what =
    action === 'resume'
      ? 'This session is encrypted: give its passphrase to open it'
      : 'These notes are encrypted: give their passphrase to open them';
  return new NotesError(
    `${what}. Nothing has been changed.`,
    'passphrase-needed',
    action,
    undefined,
    path,
  );
}
