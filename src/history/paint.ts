// Colour for the history, only where it was asked for and NO_COLOR is not set, from the one
// palette (text/colour.ts). Colour is never the only signal: each partner also has a mark.
import { noColour, PALETTE, sgrColour } from '../text/colour.js';

export interface Paint {
  /** In partner `index`'s colour (0 or 1; anyone else stays plain). */
  partner(index: number, text: string): string;
  muted(text: string): string;
  heading(text: string): string;
}

const plain: Paint = {
  partner: (_index, text) => text,
  muted: (text) => text,
  heading: (text) => text,
};

const coloured: Paint = {
  partner: (index, text) => {
    const colour = PALETTE.partner[index];
    return colour ? sgrColour(colour, text) : text;
  },
  muted: (text) => sgrColour(PALETTE.muted, text),
  heading: (text) => `\u001b[1m${text}\u001b[22m`,
};

export function paintFor(
  color: boolean | undefined,
  env: Record<string, string | undefined> = process.env,
): Paint {
  return color === true && !noColour(env) ? coloured : plain;
}
