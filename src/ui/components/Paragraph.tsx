// A paragraph wrapped at word boundaries, each row starting at a word (never at a space).
import { useLayout } from '../layout.js';
import { wrappedRows } from './Clamped.js';
import { Rows } from './Rows.js';

interface ParagraphProps {
  text: string;
  /** Columns to wrap to; the screen's width unless told. */
  width?: number;
  color?: string;
  bold?: boolean;
  indent?: number;
}

/**
 * Ink's own wrap keeps the space it broke at on the next row (" and it does not…") and may break
 * a word that would fit on a row of its own; this one breaks after spaces, like a book.
 */
export function Paragraph({ text, width, color, bold, indent = 0 }: ParagraphProps) {
  const layout = useLayout();
  const columns = (width ?? layout.width) - indent;
  // A bullet's wrapped rows hang under its words, not under the bullet.
  const bullet = /^[•-] /.exec(text)?.[0];
  const rows = bullet
    ? wrappedRows(text.slice(bullet.length), columns - bullet.length).map(
        (row, i) => (i === 0 ? bullet : ' '.repeat(bullet.length)) + row,
      )
    : wrappedRows(text, columns);
  return <Rows rows={rows} color={color} bold={bold} indent={indent} />;
}
