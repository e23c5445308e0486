// Text from the notes, made safe to print: a note could hold anything, and a terminal obeys
// escape codes. One line, no control characters, no reordering of what follows.
import stringWidth from 'string-width';
import { inertLine } from '../text/inert.js';

export function terminalLine(text: string): string {
  return inertLine(text);
}

/** Cut to `width` columns with an ellipsis. */
export function fit(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
    text,
  )) {
    if (stringWidth(`${out}${segment}…`) > width) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

export { stringWidth };
