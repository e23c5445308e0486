// Words used on more than one screen or in more than one command. Plain, warm, short.

export const common = {
  pauseReminder: 'Pausing is not failing. It is how you look after each other, and this talk.',
  listenerAsk: "listen. Don't interrupt or defend.",
  timeUp: 'Time is up. Finish your thought, then press Enter.',
  nearEnd:
    'You are close to the time you set for today. When this turn ends, you might go to the closing (F).',
  typeHere: 'Type here, then press Enter.',
  /** "Prompt 2 of 5", then " · turn 1 of 2" when a prompt has rounds. */
  promptOf: (number: number, total: number) => `Prompt ${number} of ${total}`,
  turnOf: (round: number, rounds: number) => ` · turn ${round} of ${rounds}`,
  emptyIsFine: 'Leaving it empty is fine: press Enter to go on.',
  manyLoops:
    'You have gone round a few times, and that is all right. You could pause (P), or skip this prompt for now (S) and come back to it another day.',
  manyLoopsShort: 'Round a few times, and that is all right: P pauses, S skips.',
};
