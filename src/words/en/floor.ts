// "<Name> has the floor": the speaker's screen, its questions asked twice, its notices.

export const floor = {
  title: (speaker: string) => `${speaker} has the floor`,
  enterHint: (speaker: string) => `${speaker}, press Enter when you have finished speaking.`,
  clarifying: (prompt: string) => `Say what was missed about: ${prompt}`,
  /** "Sam: what to say", a line of guidance for one of the two. */
  guidanceFor: (name: string, guidance: string) => `${name}: ${guidance}`,
  offRecord: 'Off the record: nothing of this turn will be written down (O puts it back).',
  offRecordClarifying: 'Off the record: nothing of this turn will be written down.',
  askAgain: {
    skip: 'Skip this prompt? Press S again to skip it, or any other key to keep talking.',
    closing: 'Go to the closing now? Press F again, or any other key to keep talking.',
    'off-record':
      'Hold this turn off the record, so nothing of it is written down? Press O again, or any other key to keep it.',
    'on-record':
      'Put this turn back on the record? Press O again, or any other key to keep it off.',
  },
  /** The same questions, short enough for a small terminal. */
  askAgainShort: {
    skip: 'Skip this prompt? S again to skip.',
    closing: 'Go to the closing? F again to go.',
    'off-record': 'Off the record? O again to confirm.',
    'on-record': 'Back on the record? O again to confirm.',
  },
};
