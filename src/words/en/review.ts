// "Agreements from before": an agreement from an earlier talk, looked at together.

export const review = {
  title: 'Agreements from before',
  helping: 'It is helping',
  needsChange: 'It needs changing',
  retire: 'Let it go: it has done its work, or it was not right',
  later: 'Leave it for another time',
  intro: 'Trust is rebuilt again and again. Take a moment with what you agreed to try.',
  /** "Sam agreed to try on Tuesday 24 November:" (`day` is empty when the date is unknown). */
  agreedOn: (by: string, day: string) => `${by} agreed to try${day ? ` on ${day}` : ''}:`,
  howIsItGoing: 'How is it going?',
  count: (at: number, of: number) => `${at} of ${of}`,
};
