// Semantic colour tokens. Screens never name a raw colour; NO_COLOR turns every token off.
// Colour is never the only signal: names, markers and words carry the meaning too.

const noColor = (env: Record<string, string | undefined>) =>
  env.NO_COLOR !== undefined && env.NO_COLOR !== '';

export interface Theme {
  /** Each partner's colour, by partner index. */
  partner: [string | undefined, string | undefined];
  title: string | undefined;
  muted: string | undefined;
  accent: string | undefined;
  /** Soft notices: little time left, the time box nearly used. */
  notice: string | undefined;
  /** Problems saving, never blame. */
  problem: string | undefined;
  calm: string | undefined;
  selected: string | undefined;
}

const colours: Theme = {
  partner: ['cyan', 'magenta'],
  title: 'whiteBright',
  muted: 'gray',
  accent: 'blue',
  notice: 'yellow',
  problem: 'red',
  calm: 'green',
  selected: 'cyan',
};

const plain: Theme = {
  partner: [undefined, undefined],
  title: undefined,
  muted: undefined,
  accent: undefined,
  notice: undefined,
  problem: undefined,
  calm: undefined,
  selected: undefined,
};

export function themeFor(env: Record<string, string | undefined> = process.env): Theme {
  return noColor(env) ? plain : colours;
}

export const theme = themeFor();

/** A marker beside each partner's name, so colour is never the only way to tell them apart. */
export const PARTNER_MARK = ['●', '◆'] as const;
