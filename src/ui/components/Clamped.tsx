import { wrap } from '../../text/wrap.js';
import { Rows } from './Rows.js';

interface ClampedProps {
  text: string;
  width: number;
  maxRows: number;
  /** Which end to keep when the text is too long: the start of guidance, the end of a reflection. */
  keep?: 'start' | 'end';
  color?: string;
  bold?: boolean;
  indent?: number;
}

/**
 * Text wrapped to `width` columns at word boundaries (a path breaks after a "/"), the rows as
 * drawn. The last column stays free, so a "…" always fits beside a row.
 */
export function wrappedRows(text: string, width: number): string[] {
  return wrap(text.trimEnd(), Math.max(1, width - 1));
}

/**
 * Text wrapped to the width (wide characters measured) and cut to a number of rows, so a screen
 * never grows taller than the terminal. The cut is marked with "…".
 */
export function Clamped({
  text,
  width,
  maxRows,
  keep = 'start',
  color,
  bold,
  indent = 0,
}: ClampedProps) {
  const rows = wrappedRows(text, width - indent);
  const limit = Math.max(1, maxRows);
  let shown = rows;
  // The wrap leaves each row's last column free, so the "…" always fits beside the text.
  if (rows.length > limit && keep === 'start') {
    shown = rows.slice(0, limit);
    shown[limit - 1] = `${(shown[limit - 1] ?? '').trimEnd()}…`;
  } else if (rows.length > limit) {
    shown = rows.slice(-limit);
    shown[0] = `…${(shown[0] ?? '').trimStart()}`;
  }
  return <Rows rows={shown} color={color} bold={bold} indent={indent} />;
}
