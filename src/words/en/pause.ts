// The pause screen ("Paused"): who asked (only for the notes, and the couple may pass), a slow
// breath, the break, and going on only when both are ready.

export const pause = {
  title: 'Paused',
  askedForIt: (name: string) => `${name} asked for it`,
  readySolo: "I'm ready to go on",
  ready: (name: string) => `${name} is ready`,
  longer: 'A longer break (+5 minutes)',
  shorter: 'A shorter break (−5 minutes)',
  shortest: 'The break cannot be shorter than 5 minutes.',
  shortestShort: 'Not under 5 minutes.',
  stop: 'Stop for today and save',
  /** After the partner's name: "Sam asked for a pause." */
  askedForPause: ' asked for a pause.',
  thanks: ' Thank you for saying so.',
  whoAsked: 'Who asked for this pause?',
  onlyForNotes: ' (Only for the notes; you can pass.)',
  forBoth: 'A pause, for both of you.',
  youAsked: 'You asked for a pause.',
  breakLeftShort: (left: string) => `Break: ${left} left`,
  breakLeft: (left: string, minutes: number) =>
    `Break: ${left} left of a ${minutes}-minute break. Stay apart or sit together, as you need.`,
  breakOver: 'The break is over whenever you are both ready.',
  againShort: 'Choose it again to stop and save.',
  again:
    'Stop for today, without the closing? Choose it again to save and end; anything else stays here.',
  bothReady: 'The talk goes on when both of you say you are ready.',
};
