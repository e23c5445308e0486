// The words of a session's note (src/notes/markdown.ts): headings and the plain sentences around
// what each partner typed. They are for people; talkturn reads the note back by its markers, so
// a note in one language reads in another.

export const notes = {
  nothingWritten: '*Nothing written.*',
  partner: (n: number) => `Partner ${n}`,
  aPrompt: 'A prompt',
  /** "Tuesday 24 November 2026 at 18:05". */
  dateAt: (date: string, time: string) => `${date} at ${time}`,
  answer: {
    yes: 'Yes.',
    partly: 'Partly, there is more.',
    'not-quite': 'Not quite.',
  },
  during: {
    'ground-rules': 'during the ground rules',
    review: 'while looking back at agreements',
    speak: 'while speaking',
    reflect: 'during a reflection',
    check: 'while checking “Did I get it?”',
    validate: 'while validating',
    empathize: 'during the empathy step',
    write: 'while writing',
    mark: 'while marking a question',
    closing: 'during the closing',
    done: 'at the end',
  },
  marked: {
    answered: 'answered for now.',
    open: 'still open.',
    therapist: 'for the therapist.',
    yes: 'owning it helped.',
    'a-little': 'owning it helped a little.',
    'not-yet': 'not yet.',
  },
  review: {
    helping: 'It is helping.',
    'needs-change': 'It needs changing.',
    retired: 'We let it go.',
  },
  // The title and the line under it.
  titleSolo: 'My notes',
  titleTwo: 'Our conversation',
  withDeck: (names: string, deck: string, talked: string, solo: boolean) =>
    `${names}, with the deck “${deck}”: ${talked} ${solo ? 'of writing' : 'of talking'}.`,
  /** The names of both, in a sentence: "Ana and Ben". */
  both: (names: readonly string[]) => names.join(' and '),
  stoppedEarly: 'We stopped before the end. Everything written until then is here.',
  // A turn.
  reflectedBack: (listener: string) => `${listener} reflected back:`,
  addedMore: (speaker: string, added: string, listener: string) =>
    `${speaker} added more${added}, and ${listener} reflected again:`,
  didIGetIt: (speaker: string, answer: string) => `“Did I get it?” ${speaker}: **${answer}**`,
  notAnswered: '“Did I get it?” *Not answered yet.*',
  whatWasMissing: 'What was missing:',
  wrote: (speaker: string, time: string) => `${speaker} wrote${time}`,
  hadTheFloor: (speaker: string, time: string) => `${speaker} had the floor${time}`,
  offRecord: '*This turn was held off the record.*',
  backToFloor: (speaker: string, times: number, listener: string) =>
    `*${speaker} went back to the floor ${times === 1 ? 'once' : `${times} times`} before ${listener} reflected back.*`,
  rewritten: (listener: string, times: number, speaker: string) =>
    `*${listener} took back ${times === 1 ? 'a reflection' : `reflections ${times} times`} to rewrite before ${speaker} answered.*`,
  skippedBefore: (listener: string) =>
    `*We skipped this prompt before ${listener} reflected back.*`,
  movedOnBefore: (listener: string) => `*The session moved on before ${listener} reflected back.*`,
  validating: (listener: string) => `${listener}, validating:`,
  withEmpathy: (listener: string) => `${listener}, with empathy:`,
  whatWrote: (speaker: string) => `What ${speaker} wrote:`,
  // Text still being typed when the session stopped: its writer's, not sent.
  stillWriting: (name: string, what: string) =>
    `*${name} was still writing ${what} when the session stopped. It was not sent:*`,
  unsentWhat: {
    reflection: 'a reflection',
    missing: 'what was missed',
    validation: 'a validation',
    empathy: 'a few words of empathy',
    writing: 'this',
    appreciation: 'this',
    agreement: 'this',
    therapy: 'this',
  },
  // A prompt.
  skippedPrompt: '*We chose to skip this one for now.*',
  skippedRest: '*We skipped the rest of this prompt.*',
  markedAs: (words: string) => `**Marked:** ${words}`,
  // Pauses.
  pauses: 'Pauses',
  noPauses: 'No pauses this time.',
  wePaused: 'We paused',
  askedForPause: (name: string) => `${name} asked for a pause`,
  pauseLine: (who: string, at: string, during: string, lasted: string) =>
    `${who} ${at} into the session, ${during}. It lasted ${lasted}.`,
  // Agreements from before.
  agreementsFromBefore: 'Agreements from before',
  agreedToTry: (name: string) => `**${name}** agreed to try:`,
  howItIsGoing: (words: string) => `How it is going: ${words}`,
  leftForLater: 'Left for another time.',
  // The closing.
  appreciatedSolo: 'What I appreciated',
  appreciatedTwo: 'What we appreciated',
  tryingSolo: 'What I want to try',
  tryingTwo: 'What we agree to try',
  closing: 'Closing',
  noClosing: 'We did not reach the closing this time.',
  toTherapy: 'To bring to therapy',

  // Reading the notes folder back (src/notes/read-notes.ts).
  folder: {
    isAFile: (folder: string) =>
      `The notes folder ${folder} is a file, not a folder: check the path and try again.`,
    notAllowed: (folder: string) =>
      `talkturn is not allowed to read the notes folder ${folder}: check its permissions and try again.`,
    unreadable: (folder: string) =>
      `The notes folder ${folder} could not be read (the disk reported an error): try again.`,
    leftOut: (name: string, why: string) => `Left out ${name}: ${why}.`,
    skipReason: {
      unreadable: 'it could not be opened (check that it belongs to you)',
      damaged: 'it does not start the way talkturn writes its notes, so it may be damaged',
      empty: 'the file is empty',
      'too-large': 'the file is far larger than any notes talkturn writes',
    },
    oneNotOpened: (name: string) =>
      `The encrypted note ${name} did not open with that passphrase, so it was left out; the file is safe as it is.`,
    manyNotOpened: (count: number) =>
      `${count} encrypted notes did not open with that passphrase, so they were left out; the files are safe as they are.`,
    encryptedLeftOut: (count: number) =>
      `${count === 1 ? '1 encrypted session was' : `${count} encrypted sessions were`} left out; talkturn cannot open encrypted notes here yet, and the files are safe as they are.`,
  },
};
