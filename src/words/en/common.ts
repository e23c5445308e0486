// Words used on more than one screen or in more than one command. Plain, warm, short.
import { forms } from '../plural-forms.js';

export const common = {
  pauseReminder: 'Pausing is not failing. It is how you look after each other, and this talk.',
  listenerAsk: "listen. Don't interrupt or defend.",
  timeUp: 'Time is up. Finish your thought, then press Enter.',
  nearEnd:
    'You are close to the time you set for today. When this turn ends, you might go to the closing (F).',
  /** A talk whose deck has no title. */
  untitledTalk: 'A conversation',
  /** Whenever a couple is asked something about one of them, they may pass. */
  ratherNotSay: 'We would rather not say',
  typeHere: 'Type here, then press Enter.',
  /** "Prompt 2 of 5", then " · turn 1 of 2" when a prompt has rounds. */
  promptOf: (number: number, total: number) => `Prompt ${number} of ${total}`,
  turnOf: (round: number, rounds: number) => ` · turn ${round} of ${rounds}`,
  emptyIsFine: 'Leaving it empty is fine: press Enter to go on.',
  manyLoops:
    'You have gone round a few times, and that is all right. You could pause (P), or skip this prompt for now (S) and come back to it another day.',
  manyLoopsShort: 'Round a few times, and that is all right: P pauses, S skips.',
  // Lists and pages that do not fit the screen.
  chooseOwnName: 'Each of you, press the number beside your own name.',
  chooseHow: 'Choose with ↑↓, or type the number beside a choice.',
  /** "↑ 3 more" above or below a list. */
  moreChoices: (arrow: string, count: number) => `${arrow} ${count} more`,
  /** A first digit that could start 10 to 19: "1… Enter for 1, or its second digit". */
  waitingDigit: (digit: string) => `${digit}… Enter for ${digit}, or its second digit`,
  /** "↑ 3 more lines", "↑ 3 ↓ 1 more lines" in a text area. */
  moreLines: (arrows: string, lines: string) => `${arrows} more ${lines}`,
  lines: forms({ one: 'line', other: 'lines' }),
  fieldFull: (max: string) =>
    `This field is full: it holds ${max} characters, and the rest was left out.`,
  pageEnd: (moreKey: string) => `… that is all. ${moreKey} goes back to the top.`,
  pageMore: (moreKey: string) => `… more below: press ${moreKey}.`,
};
