// The check-in's note as written to a file: each partner's part under their own name.

export const checkinNote = {
  partner: (n: number) => `Partner ${n}`,
  heading: 'Check-in',
  /** ", Tuesday 24 November 2026 at 18:05" after the heading. */
  when: (date: string, time: string) => `, ${date} at ${time}`,
  stopped: '*This check-in was stopped part of the way through; what was typed is kept here.*',
  ratherNotSay: 'How safe and close I feel today: I would rather not say.',
  number: (n: number) => `How safe and close I feel today, from 1 to 10: ${n}.`,
  /** A partner nobody reached before the check-in stopped: nothing is said for them. */
  stoppedBeforeTurn: '*We stopped before this turn: nothing was asked here.*',
  /** A number nobody gave before the check-in stopped (not a “rather not say”). */
  numberNotReached: 'How safe and close I feel today: *we stopped before this was answered.*',
  /** Under a question nobody reached. */
  notReached: '*We stopped before this question.*',
  appreciated: 'Something I appreciated today:',
  stirred: 'Anything that stirred up the hurt:',
  need: 'One thing I need:',
};
