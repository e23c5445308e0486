// Colour for the history, only where it was asked for and NO_COLOR is not set. Colour is never
// the only signal: each partner also has a mark beside their name.

export interface Paint {
  /** In partner `index`'s colour (0 or 1; anyone else stays plain). */
  partner(index: number, text: string): string;
  muted(text: string): string;
  heading(text: string): string;
}

/** The same marks as the session screens: ● for the first partner, ◆ for the second. */
export const PARTNER_MARKS = ['●', '◆'] as const;
export const OTHER_MARK = '○';

export function markOf(index: number): string {
  return PARTNER_MARKS[index] ?? OTHER_MARK;
}

const PARTNER_CODES = ['36', '35']; // cyan and magenta, as on the session screens

const plain: Paint = {
  partner: (_index, text) => text,
  muted: (text) => text,
  heading: (text) => text,
};

const coloured: Paint = {
  partner: (index, text) => {
    const code = PARTNER_CODES[index];
    return code ? `\u001b[${code}m${text}\u001b[39m` : text;
  },
  muted: (text) => `\u001b[90m${text}\u001b[39m`,
  heading: (text) => `\u001b[1m${text}\u001b[22m`,
};

export function noColorSet(env: Record<string, string | undefined>): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}

export function paintFor(
  color: boolean | undefined,
  env: Record<string, string | undefined> = process.env,
): Paint {
  return color === true && !noColorSet(env) ? coloured : plain;
}
