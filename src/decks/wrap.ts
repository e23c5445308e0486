// Word wrapping by display width, for the deck list (CJK and emoji take two columns).
import stringWidth from 'string-width';

// Made on first need: the first Intl.Segmenter loads ICU's break rules (about 12 ms).
let graphemes: Intl.Segmenter | undefined;
const segmenter = () => (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** Wraps `text` to lines of at most `width` columns; words wider than a line are split. */
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
      for (const { segment } of segmenter().segment(word)) {
        if (stringWidth(line + segment) > width && line) {
          lines.push(line);
          line = '';
        }
        line += segment;
      }
    }
    lines.push(line);
  }
  return lines;
}
