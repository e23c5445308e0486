// The listener's steps: "Reflect back", and where a deck asks, "What makes sense" and
// "What you imagine". Each ask follows the listener's name ("Alex, say out loud…").

export const listener = {
  reflect: {
    title: 'Reflect back',
    ask: (speaker: string) =>
      `say out loud what you heard ${speaker} say, then type its gist. ${speaker} will tell you if you got it.`,
    stem: 'What I heard is…',
  },
  validate: {
    title: 'What makes sense',
    ask: (speaker: string) => `tell ${speaker} what makes sense to you about how they see it.`,
    stem: 'That makes sense, because…',
  },
  empathize: {
    title: 'What you imagine',
    ask: (speaker: string) => `say how you imagine ${speaker} feels.`,
    stem: 'I imagine you feel…',
  },
  /** Off the record, nothing is typed. */
  reflectAloud: (speaker: string) => `say back, out loud, what you heard ${speaker} say.`,
  typeFirst: 'Type a few words of what you heard first.',
  backOnlyEmpty: (speaker: string) =>
    `Esc gives ${speaker} the floor back only before anything is typed. Your words are kept.`,
  offRecord: 'This turn is off the record: say it out loud, nothing is typed or kept.',
  saidIt: 'Press Enter when you have said it.',
};
