// Word wrapping by display width (CJK and emoji take two columns), for lists printed as text and
// for paths and commands on screen: rows break at spaces; a word longer than a row (a path, a
// file name) breaks after a "/" or a "-", where a person would, and only else between letters.
import { graphemes, width as stringWidth } from './width.js';

/** Where a long word may break, best first: after a folder in a path, then in a file name. */
const FOLDER = new Set(['/', '\\']);
const PART = new Set(['-', '_', ',', ';', '&', '=']);

/** Splits a word wider than `width` into pieces that fit, breaking after "/" and "-" if it can. */
export function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  // Where the piece could end at a natural break: after its last folder, or part of a name.
  let folder = -1;
  let part = -1;
  for (const segment of graphemes(word)) {
    if (piece && stringWidth(piece + segment) > width) {
      const at = folder > 0 ? folder : part;
      if (at > 0 && at < piece.length) {
        pieces.push(piece.slice(0, at));
        piece = piece.slice(at);
      } else {
        pieces.push(piece);
        piece = '';
      }
      folder = -1;
      part = -1;
    }
    piece += segment;
    if (FOLDER.has(segment)) folder = piece.length;
    if (PART.has(segment)) part = piece.length;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps `text` to lines of at most `width` columns; words wider than a line are broken. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (stringWidth(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      const pieces = breakWord(word, width);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}
