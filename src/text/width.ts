// How much room text takes on a terminal: its width in columns (CJK and emoji take two) and its
// graphemes, what a person sees as one character. The bundle swaps string-width for a lazy
// stand-in with the same answers (scripts/stubs/string-width.js).
import stringWidth from 'string-width';

/** Columns `text` takes on a terminal. */
export function width(text: string): number {
  return stringWidth(text);
}

// Made on first need: the first Intl.Segmenter loads ICU's break rules (about 12 ms).
let segmenter: Intl.Segmenter | undefined;

/** The graphemes of `text`, in order. */
export function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}
