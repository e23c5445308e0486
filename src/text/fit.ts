// Text cut to fit a row: a note could hold anything long (a name, a title), and a row of a list
// has only so many columns.
import { graphemes, width } from './width.js';

/** Cut to `columns` with an ellipsis. */
export function fit(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  for (const segment of graphemes(text)) {
    if (width(`${out}${segment}…`) > columns) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
