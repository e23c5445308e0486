// "How are you doing?": a check-in with oneself between turns, never written down.

export const feeling = {
  title: 'How are you doing?',
  who: 'Who would like to check in with themselves?',
  chooseName: 'Choose your name: ↑↓ then Enter, or its number.',
  /** `asked` is null when one person uses talkturn alone. */
  ask: (asked: string | null) =>
    `${asked === null ? 'How' : `${asked}, how`} overwhelmed do you feel right now, from 1 (calm) to 10 (flooded)?`,
  keys: 'Press a number (0 for 10), or R if your heart is racing.',
  sharedScreen: (other: string) =>
    `This is on the screen you share with ${other}, and it is not written down anywhere.`,
  notWritten: 'It is not written down anywhere.',
  heavy: 'That is a lot to carry right now, and it makes sense.',
  settle:
    'When feelings run this high, a body needs about twenty minutes to settle before talking can help. A pause of at least 20 minutes may be the kindest next step.',
  thanks: 'Thank you for checking in with yourself.',
  goBack: 'Go back to the talk',
  takePause: 'Take a 20-minute pause',
  carryOn: 'Carry on for now',
};
