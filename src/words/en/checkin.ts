// The check-in's words on screen: plain and warm, read by two people, one of whom may be hurting.

export const checkin = {
  questions: {
    appreciated: {
      ask: (name: string) => `${name}, what is something you appreciated today?`,
      help: 'Something your partner did or said, or a small moment between you. Small things count.',
    },
    stirred: {
      ask: (name: string) => `${name}, did anything today stir up the hurt?`,
      help: 'If something did, you can name it here. Hurt that comes back in waves is part of healing, not a step back.',
    },
    need: {
      ask: (name: string) => `${name}, what is one thing you need?`,
      help: 'From your partner or from yourself, for today or this week.',
    },
  },
  number: {
    ask: (name: string) => `${name}, how safe and close do you feel today?`,
    help: '1 is not at all, 10 is very. It is your own number, not a score, and tomorrow it can be different. It is kept with your own answers in the notes you share, never set beside the other’s.',
    keys: 'Type a number (0 for 10), or use the arrows and Enter.',
    notChosen:
      'Choose a number with the arrows or by typing it, or press N if you would rather not say.',
    ratherNot: 'Rather not say',
  },
  /** The check-in's pause: the talk's words (words().pause) and these. */
  paused: {
    goOn: 'No hurry: the check-in waits here, with everything typed. Either of you can press Enter to go on, when you are both ready.',
    goOnShort: 'Enter goes on, when you are ready.',
  },
  /** Where a step sits among the four for one partner: "2 of 4". */
  stepOf: (index: number, of: number) => `${index} of ${of}`,
  /** Before the partner's name in each step's title: "Check-in: Sam". */
  titleLead: 'Check-in: ',
  nothingSaved: 'Nothing was saved. Check in whenever you like.',
  nothingStarted: 'Nothing was started. Check in whenever you like.\n',
  notSaved: 'Your check-in was not saved.',
  isIn: (path: string) => `Your check-in is in ${path}`,
  partlySaved: (path: string) => `What you typed is saved in ${path}, marked as not finished.`,
  couldNotSave: (why: string) => `What you typed could not be saved (${why}).`,
  notSavedYet: 'The check-in is not saved yet',
  leaveWithoutSaving: 'Leave without saving',
  saving: 'Saving your check-in',
  oneMoment: 'One moment…',
  saved: {
    title: 'Check-in saved',
    thanks: 'Thank you both for checking in today.',
    isIn: 'Your check-in is in:',
  },
};
