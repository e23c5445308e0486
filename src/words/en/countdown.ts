// The turn's timer, and the slow breath on the pause screen.

export const countdown = {
  littleLeft: 'A little time left.',
  shortUp: 'time is up: finish, then Enter',
  upSpoken: 'Time is up.',
  /** For a screen reader: "2 minutes 5 seconds left." */
  left: (length: string) => `${length} left.`,
  breatheIn: 'Breathe in',
  hold: 'Hold',
  breatheOut: 'Breathe out',
  breatheSpoken: 'Breathe slowly: in for four, hold for two, out for six.',
};
