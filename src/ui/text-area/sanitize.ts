// Typed or pasted input made safe to store and draw, with the shared sanitiser's escape and
// control patterns (controls but `\n` and `\t` go; tabs are expanded here).
import { CONTROL, ESCAPE_SEQUENCE } from '../../text/inert.js';
import { columnsBetween } from './graphemes.js';

export const TAB_SIZE = 4;

// Escape sequences that may ride along in pasted text are the shared sanitiser's.
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/;

/**
 * Makes typed or pasted input safe to store and draw: line breaks become `\n`, escape sequences
 * and other control characters are dropped, and tabs become spaces up to the next tab stop.
 * `startColumn` is the column the first line starts at (for tab stops).
 */
export function sanitizeInput(input: string, startColumn = 0): string {
  if (!NEEDS_CLEANING.test(input)) return input;
  const cleaned = input.replace(ESCAPE_SEQUENCE, '').replace(LINE_BREAK, '\n').replace(CONTROL, '');
  return cleaned.includes('\t') ? expandTabs(cleaned, startColumn) : cleaned;
}

function expandTabs(text: string, startColumn: number): string {
  const lines = text.split('\n');
  return lines
    .map((line, lineIndex) => {
      if (!line.includes('\t')) return line;
      let column = lineIndex === 0 ? startColumn : 0;
      let expanded = '';
      for (const piece of line.split(/(\t)/)) {
        if (piece === '\t') {
          const spaces = TAB_SIZE - (column % TAB_SIZE);
          expanded += ' '.repeat(spaces);
          column += spaces;
        } else {
          expanded += piece;
          column += columnsBetween(piece, 0, piece.length);
        }
      }
      return expanded;
    })
    .join('\n');
}
