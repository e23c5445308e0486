// Text wrapped at words into the rows a screen draws. Its own module so that Paragraph and
// Clamped, which draw those rows, do not import each other: in the one-file bundle a cycle
// between lazily started modules can leave the program waiting on itself, showing nothing.
import { wrap } from '../../decks/wrap.js';

/**
 * Text wrapped to `width` columns at word boundaries (a path breaks after a "/"), the rows as
 * drawn. The last column stays free, so a "…" always fits beside a row.
 */
export function wrappedRows(text: string, width: number): string[] {
  return wrap(text.trimEnd(), Math.max(1, width - 1));
}
