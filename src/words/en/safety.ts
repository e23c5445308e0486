// "Before you start": what talkturn is not, and where to turn instead. (Crisis lines by country:
// see docs/words.md.)

export const safety = {
  title: 'Before you start',
  about:
    'talkturn holds the time and the turns while you two talk, and keeps notes of what you understood. It is not therapy, and it does not replace a counsellor.',
  private: 'Everything stays on this computer. Nothing is sent anywhere.',
  /** Where to turn instead: in full words, and in fewer for a small terminal. */
  reachOut: {
    full: [
      'It is not for a relationship where anyone is afraid, threatened, controlled or hurt.',
      'If that is you, please reach out instead:',
      '• in danger now: your local emergency number',
      '• in the US: National Domestic Violence Hotline, 1-800-799-7233; crisis line 988',
    ],
    compact: [
      'Not for anyone afraid, threatened, controlled or hurt. Reach out instead:',
      '• danger now: local emergency number',
      '• US domestic violence: 1-800-799-7233',
      '• US crisis line: 988',
    ],
  },
  /** The couple's own `helpLine` setting, as one more line. */
  helpLine: (line: string) => `• ${line}`,
};
