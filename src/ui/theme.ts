// Semantic colour tokens for the screens, from the one palette (text/colour.ts). Screens never
// name a raw colour; NO_COLOR turns every token off.
import { noColour, PALETTE } from '../text/colour.js';

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

const colours: Theme = { ...PALETTE, partner: [...PALETTE.partner] };

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
  return noColour(env) ? plain : colours;
}

export const theme = themeFor();
