// Words for the limits every input shares (session/limits.ts).

export const limits = {
  /** A length of time given on the command line that is shorter than talkturn allows. */
  atLeast: (flag: string, least: string) => `${flag} must be at least ${least}.`,
};
