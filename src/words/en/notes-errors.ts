// Storage failures as people read them: one plain sentence, what went wrong and what to do.
// A sentence is its cause, its consequence and its remedy (see notes/errors.ts).

export const notesErrors = {
  cause: {
    'disk-full': 'The disk is full',
    'read-only': 'The notes folder is on a read-only disk',
    permission: 'talkturn is not allowed to write in the notes folder',
    missing: 'The notes folder is missing (a disk may have been removed)',
    'not-a-folder': 'The notes folder path points to a file, not a folder',
    io: 'The disk reported an error',
  },
  consequence: {
    save: 'so the notes could not be saved',
    autosave: 'so autosave has stopped for now',
    folder: 'so the notes folder could not be prepared',
    resume: 'so the interrupted session could not be opened',
    forget: 'so the interrupted session could not be deleted',
  },
  remedy: {
    'disk-full': 'free some space or choose another folder',
    'read-only': 'choose another folder',
    permission: 'choose another folder',
    missing: 'choose another folder',
    'not-a-folder': 'choose another folder',
    io: 'try again or choose another folder',
  },
  rescued: (cause: string, dir: string) => `${cause}: your words are kept in ${dir} instead.`,
  nothingChanged: (cause: string, consequence: string) =>
    `${cause}, ${consequence}. Nothing was changed: check the folder and try again.`,
  wordsStillHere: (cause: string, consequence: string, remedy: string) =>
    `${cause}, ${consequence}. Your words are still here: ${remedy}.`,
  notPrivate: (dir: string) =>
    `${dir} leads to a folder other people can open or change, so talkturn will not write there: choose a folder only you can open.`,
  lockedBy: (pid: number) => ` (process ${pid})`,
  locked: (which: string) =>
    `This session is open in another terminal${which}: close it there first, or start a new session.`,
  journal: {
    damaged:
      'This interrupted session could not be read, because its journal is damaged beyond repair.',
    'newer-version':
      'This interrupted session was saved by a newer version of talkturn: update talkturn to resume it.',
    missing:
      'This interrupted session is no longer there: it may have been resumed or removed already.',
  },
  wrongPassphraseSession:
    'That passphrase does not open this session. Try again; nothing has been changed.',
  wrongPassphraseNotes:
    'That passphrase does not open these notes. Try again; nothing has been changed.',
  passphraseNeededSession:
    'This session is encrypted: give its passphrase to open it. Nothing has been changed.',
  passphraseNeededNotes:
    'These notes are encrypted: give their passphrase to open them. Nothing has been changed.',
};
