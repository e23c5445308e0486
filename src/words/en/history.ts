// What `talkturn history` says: the list of talks, the agreements, the check-ins. Plain facts,
// no scores, no streaks.
import { forms } from '../plural-forms.js';

export const history = {
  unreadable: 'There are no notes here that talkturn can read yet.',
  nothingYet: 'Nothing here yet.',
  whenYouHave:
    'When you have had a conversation together, it will be listed here, with what you agreed to try and your check-ins. Writing done alone stays out of this list, unless you chose to bring it.',
  begin: (command: string) => `Whenever you are ready to begin:  ${command}`,
  talksHeading: 'Your conversations and check-ins, newest first',
  agreementsHeading: 'What you agreed to try, newest first',
  noAgreements: 'Nothing yet: at the end of a conversation, each of you can name one thing to try.',
  numbersHeading: (name: string) => `How safe and close ${name} has felt`,
  checkinsHeading: 'Your check-ins',
  noCheckins: 'No check-ins yet. A check-in takes a few minutes on an ordinary day:',
  checkinCount: forms({ one: 'One check-in', other: '# check-ins' }),
  noNumbersFor: (name: string) => `There are no check-in numbers for “${name}”. `,
  neverSideBySide: (missing: string, count: string) =>
    `${missing}${count} so far. Each number is its writer's own, so they are never shown side by side. To see your own over time:`,
  yourName: 'YOUR-NAME',
  barsLast: (shown: number) => `One bar for each of the last ${shown} check-ins`,
  barsAll: 'One bar for each check-in',
  chartKey: (which: string) =>
    `${which}, oldest on the left. The taller the bar, the safer and closer that day felt, from 1 to 10.`,
  /** After the chart's key, when some check-in of the chart has no number. */
  noNumberDot: 'A · is a check-in without a number.',
  checkin: 'Check-in',
  /** "12 min of writing", a solo deck's length. */
  ofWriting: (length: string) => `${length} of writing`,
  finished: 'finished',
  stoppedPartway: 'stopped partway',
  earlierOnes: forms({ one: '# earlier one is', other: '# earlier ones are' }),
  earlierNotes: (which: string, exportCommand: string) =>
    `${which} in your notes too; ${exportCommand} gathers them all.`,
  oneOfYou: 'One of you',
  status: {
    open: '',
    helping: ', helping',
    'needs-change': ', to be changed',
    retired: ', set aside',
    later: ', left for another time',
  },
  earlierAgreements: forms({
    one: '1 earlier agreement is in your notes too.',
    other: '# earlier agreements are in your notes too.',
  }),
};
