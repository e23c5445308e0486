// What is said on the terminal after the screen closes: where the notes are, what was kept.

export const farewell = {
  nothingStarted: 'Nothing was started. Come back whenever you are ready.',
  notesIn: (path: string) => `Your notes are in ${path}`,
  unfinishedKept: 'The unfinished session is kept for when you are ready.',
  damaged: 'An unfinished session could not be read: it is damaged.',
  damagedKept: (problem: string, path: string) =>
    `${problem} Its file is kept, untouched, in ${path}.\n`,
  noneToResume: (folder: string) =>
    `There is no unfinished session to carry on with in ${folder}.\n`,
  lockedKept: 'The locked session is kept, safe, for when you have its passphrase.\n',
  noQuestions: (questionsCommand: string) =>
    `No questions are open just now. Write one down whenever it comes: ${questionsCommand}\n`,
  wentWrong: (why: string) => `Something went wrong in talkturn (${why}).`,
  lockedAsk:
    'An unfinished session is locked with a passphrase. Type it to carry on, or press Enter to skip: ',
  // The autosave, as it is let go of: only what is true.
  goOn: (cause: string) =>
    `${cause} You can go on: your words are kept here, and at the end you can save them elsewhere.`,
  toResume: (resumeCommand: string) => `To carry on where you left off, run: ${resumeCommand}`,
  notSaved: (cause: string) =>
    `Your words could not be saved: ${cause} ` +
    'They are only on this screen. Free some space or fix the folder, then press Ctrl+C again; or go on to the end, where the notes can be saved in another folder.',
  cannotWrite: 'the disk cannot be written',
  allSaved: 'Everything you typed is saved.',
  savedElsewhere: (folder: string) =>
    `The notes folder could not be written, so everything you typed is saved in ${folder} instead.`,
  /** A check-in that ended without saving (a kill, a power cut), saved on the next one. */
  checkinRescued: (path: string) =>
    `A check-in that was stopped before it was saved is now in ${path}, marked as not finished.`,
};
