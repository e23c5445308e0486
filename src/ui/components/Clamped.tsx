import { Rows } from './Paragraph.js';
import { wrappedRows } from './wrapped-rows.js';

export { wrappedRows } from './wrapped-rows.js';

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
