// What is said on the terminal after the screen closes: where the notes are, what was kept.

export const farewell = {
  nothingStarted: 'Nothing was started. Come back whenever you are ready.',
  notesIn: (path: string) => `Your notes are in ${path}`,
  unfinishedKept: 'The unfinished session is kept for when you are ready.',
};
