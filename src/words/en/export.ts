// `talkturn export`: what it says on the command line, and the words of the plain export (the
// notes one after another). The therapist's brief has its own area, brief.ts.

export const exportWords = {
  nothingBetween: (since: string, until: string) =>
    `There are no notes from ${since} to ${until}, so nothing was exported.`,
  nothingSince: (since: string) => `There are no notes from ${since} on, so nothing was exported.`,
  nothingUntil: (until: string) => `There are no notes up to ${until}, so nothing was exported.`,
  nothingYet: (start: string) =>
    `There are no notes to export yet. Whenever you are ready to begin: ${start}`,
  savedLocked: (file: string) => `The export is saved in ${file}, locked with the same passphrase.`,
  saved: (file: string) => `The export is saved in ${file}, readable only by you.`,
  // Writing the file.
  exists: (file: string) =>
    `${file} already exists: choose another name, or add --force to replace it.`,
  noFolder: (file: string) =>
    `The folder for ${file} does not exist: create it first, or choose another place for --out.`,
  isFolder: (file: string, example: string) =>
    `${file} is a folder: give a file name, like ${example}.`,
  exampleName: 'our-notes.md',
  notWritten: (file: string, cause: string) =>
    `The export could not be written to ${file}, because ${cause}: nothing was changed there.`,
  cause: {
    'disk-full': 'the disk is full',
    'read-only': 'the disk is read-only',
    permission: 'talkturn is not allowed to write there',
    missing: 'its folder is missing',
    'not-a-folder': 'part of its path is a file, not a folder',
    other: 'the disk reported an error',
  },
  // --since and --until.
  dateForm: 'write it as YYYY-MM-DD, like 2026-11-24',
  notADate: (flag: string, given: string, form: string) =>
    `${flag} "${given}" is not a date talkturn can read: ${form}.`,
  notADay: (flag: string, given: string, form: string) =>
    `${flag} ${given} is not a day on the calendar: ${form}.`,
  backwards: (since: string, until: string) =>
    `--since ${since} is after --until ${until}: the first day has to come before the last (or be the same day).`,
  // The plain export.
  title: 'Our notes from talkturn',
  gathered: (names: string, what: string, span: string) =>
    `${names ? `${names}: ` : ''}${what}, ${span}.`,
  checkinHeading: 'Check-in',
  conversationHeading: 'Conversation',
  /** "Tuesday 24 November 2026 at 18:05". */
  when: (date: string, time: string) => `${date} at ${time}`,
  onDay: (date: string) => `on ${date}`,
  fromTo: (from: string, to: string) => `from ${from} to ${to}`,
  /** "3 conversations and 2 check-ins". */
  conversations: (n: number) => `${n} ${n === 1 ? 'conversation' : 'conversations'}`,
  checkins: (n: number) => `${n} ${n === 1 ? 'check-in' : 'check-ins'}`,
  and: (parts: readonly string[]) =>
    parts.length <= 2
      ? parts.join(' and ')
      : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`,
};
