// "Closing": each partner's appreciation, an agreement to try, and what to bring to therapy.
// Each ask follows the partner's name ("Sam, what did you appreciate…").

export const closing = {
  title: 'Closing',
  ask: {
    appreciation: (other: string | null) =>
      other
        ? `what did you appreciate about ${other} today?`
        : 'what did you appreciate about yourself today?',
    agreement: (other: string | null): string =>
      other
        ? 'one small thing you agree to try before you next talk:'
        : 'one small thing you will try this week:',
    therapy: (_other: string | null): string => 'anything you would like to bring to therapy?',
  },
  stems: {
    appreciation: 'I appreciated…',
    agreement: 'I will try…',
    therapy: 'I would like to talk about…',
  },
};
