// The one palette: which colour each meaning has, the partners' marks, and whether colour is
// wanted at all (NO_COLOR, any non-empty value). The screens take these as Ink colour names
// (ui/theme.ts); text printed outside Ink (the history) takes them as escape codes. Colour is
// never the only signal: names, marks and words carry the meaning too.

/** The colours talkturn uses, by the names Ink (chalk) knows, with their SGR codes. */
const SGR = {
  cyan: 36,
  magenta: 35,
  whiteBright: 97,
  gray: 90,
  blue: 34,
  yellow: 33,
  red: 31,
  green: 32,
} as const;

export type Colour = keyof typeof SGR;

/** What each colour means. Screens and printed text name a meaning, never a raw colour. */
export const PALETTE = {
  /** Each partner's colour, by partner index. */
  partner: ['cyan', 'magenta'],
  title: 'whiteBright',
  muted: 'gray',
  accent: 'blue',
  /** Soft notices: little time left, the time box nearly used. */
  notice: 'yellow',
  /** Problems saving, never blame. */
  problem: 'red',
  calm: 'green',
  selected: 'cyan',
} as const satisfies Record<string, Colour | readonly Colour[]>;

/** A mark beside each partner's name, so colour is never the only way to tell them apart. */
export const PARTNER_MARKS = ['●', '◆'] as const;
/** Anyone else named in old notes. */
export const OTHER_MARK = '○';

export function markOf(index: number): string {
  return PARTNER_MARKS[index] ?? OTHER_MARK;
}

/** True when NO_COLOR asks for no colour (https://no-color.org: set and not empty). */
export function noColour(env: Record<string, string | undefined> = process.env): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}

/** `text` in `colour` for a terminal, outside Ink; the caller decides whether colour is wanted. */
export function sgrColour(colour: Colour, text: string): string {
  return `\u001b[${SGR[colour]}m${text}\u001b[39m`;
}
