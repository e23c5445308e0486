// The therapist's brief: the sheet itself (markdown and the printable page) and the screens where
// both partners look it over and approve it. Plain, warm, short: a therapist reads it in a minute.

export const brief = {
  // The sheet.
  title: 'For our therapist',
  titleWith: (names: string) => `For our therapist, from ${names}`,
  /** "From Sunday 22 November 2026 to Wednesday 25 November 2026" (or "On …" for one day). */
  span: (from: string, to: string) => (from === to ? `On ${from}` : `From ${from} to ${to}`),
  /** "2 talks and 3 check-ins": made with format.plural and format.list. */
  talks: { one: '# talk', other: '# talks' },
  checkins: { one: '# check-in', other: '# check-ins' },
  topics: 'Topics we want to bring',
  topicsNone: 'No topics were marked to bring to therapy.',
  agreements: 'Our agreements and how they fared',
  agreementsNone: 'No agreements were made in these weeks.',
  fared: {
    open: 'not looked at again yet',
    helping: 'it is helping',
    'needs-change': 'it needs changing',
    retired: 'we let it go',
    later: 'we looked at it again and left it for another time',
  },
  helped: 'What helped',
  hard: 'What was hard',
  /** Under what helped or was hard, when only the latest of each writer are shown. */
  earlierInNotes: {
    one: 'Only the latest lines from each of us are here: one earlier line is in our notes.',
    other: 'Only the latest lines from each of us are here: # earlier ones are in our notes.',
  },
  questions: 'Questions we want help with',
  reflections: 'A reflection we chose to bring',
  /** "Ben, reflecting Ana": who said it back, and whose words. */
  reflecting: (by: string, of: string) => `${by}, reflecting ${of}`,
  numbers: 'How safe and close we felt',
  numbersNote:
    'Each of us gave our own number, from 1 (not at all) to 10 (very), at each check-in. We both agreed to share them here.',
  /** The text alternative of one partner's chart. */
  numbersOf: (name: string, values: string) => `${name}: ${values}.`,
  notGiven: 'not given',
  chartLabel: (name: string) => `${name}'s numbers over these weeks`,
  approvedBy: (names: string, day: string) =>
    `We both read this and agreed to share it (${names}, ${day}).`,
  approvedByOne: (name: string, day: string) =>
    `I read this and agreed to share it (${name}, ${day}).`,
  ours: 'These notes are our own: we wrote every line and chose what is here. Nobody monitors talkturn, and it is not a crisis channel: in danger, call your local emergency number.',
  /** Who wrote a line, after it: "— Ana". */
  byline: (name: string) => `— ${name}`,
  unknownWriter: 'One of us',
  /** After the start of a line too long for the brief: the whole is in the notes. */
  restInNotes: '… (the rest is in our notes)',

  // The screens.
  screenTitle: 'Your brief',
  screenIntro:
    'This is what the therapist will see. Take out anything you wrote and would rather keep.',
  screenIntroShort: 'What the therapist will see.',
  noLines: 'There are no lines to look over: the brief says only what it covers.',
  nothingLeft: 'Everything is taken out. You can still approve an empty brief, or press Ctrl+C.',
  section: {
    topic: 'Topic',
    agreement: 'Agreement',
    helped: 'Helped',
    hard: 'Hard',
    question: 'Question',
    reflection: 'Reflection',
  },
  takenOut: 'taken out',
  leftOut: 'left out',
  confirmTakeOut: (name: string) => `Take out ${name}'s line? Press X again.`,
  putBack: 'Taken out: X puts it back.',
  bringIt: 'Left out unless you bring it: X brings it.',
  shareTitle: 'Check-in numbers',
  shareAsk: 'Your check-in numbers are each your own. They go in the brief only if you both agree.',
  shareAskShort: 'Numbers go in only if you both agree.',
  shareAgree: (name: string) => `${name} agrees to share`,
  shareNo: 'Leave the numbers out',
  approveTitle: 'Approve the brief',
  approveAsk: 'Each of you, approve it by name. Nothing is written until you both have.',
  approveAskShort: 'Each of you, approve by name.',
  approveOne: 'Approve it when you are ready. Nothing is written until then.',
  approveExplain: 'Each of you, choose your own name: press its number.',
  approves: (name: string) => `${name} approves`,
  goBack: 'Go back to the brief',
  notApproved: 'The brief was not approved, so nothing was written.',

  // The command line.
  savedLocked: (file: string) => `The brief is saved in ${file}, locked with the same passphrase.`,
  saved: (file: string) => `The brief is saved in ${file}, readable only by you.`,
  noTerminal:
    'A brief for your therapist is written only once you both approve it: run this in a terminal, or add --approved-by "A,B" with both your names.',
  namesDoNotMatch: (given: string, partners: string) =>
    `--approved-by "${given}" does not match the names in your notes (${partners}): give each name once, separated by a comma.`,
  badFormat: (given: string) =>
    `--format "${given}" is not one talkturn writes: use md or html (or an --out file ending .md or .html).`,
  needsForTherapy:
    '--format, --approved-by and --share-numbers are for the brief: add --for-therapy.',
  shareNeedsApproval:
    '--share-numbers goes with --approved-by: it says that both of you agree to share your check-in numbers.',
};
