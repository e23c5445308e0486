// "Did I get it?": only the speaker says whether the reflection caught what they meant.

export const check = {
  title: 'Did I get it?',
  yes: 'Yes',
  partly: "Partly — there's more",
  notQuite: 'Not quite',
  missedStem: 'What was missed is…',
  missedNote: (speaker: string) =>
    `Leaving it empty is fine: ${speaker} will say it out loud on the floor.`,
  /** After the speaker's name. */
  missedAsk: ', in a few words, what was missed? This goes in your notes.',
  notYesHint: (speaker: string) =>
    `If it is not yes, ${speaker} has the floor again to add what was missed.`,
  /** After the listener's name. */
  saidOutLoud: ' said back out loud what they heard. (Off the record: nothing was typed.)',
  heard: ' heard:',
  /** After the speaker's name: "Sam, did Alex get it?" */
  didGetIt: (listener: string) => `, did ${listener} get it?`,
  chooseShort: (speaker: string) => `${speaker}, choose: ↑↓ or a number.`,
  choose: (speaker: string, listener: string) =>
    `${speaker}, choose your answer: ↑↓ then Enter, or its number. Esc lets ${listener} change the reflection.`,
};
