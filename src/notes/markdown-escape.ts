// Text people typed, made safe to place in markdown: it can never open a heading, a list, a
// code fence, a table, HTML, a link, an Obsidian comment, tag or embed, or end its quote.
// Escapes are backslashes (CommonMark renders them away), so the plain text stays readable.

const NBSP = '\u00a0';

/** One kind of line break, no control characters, no trailing spaces, no blank edges. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u0085\u2028\u2029\v\f]/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/^\n+|\n+$/g, '')
  );
}

/** A name or title on one line: every run of whitespace becomes one space. */
export function oneLine(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Characters escaped wherever they are: a backslash before punctuation (else the user's own
 * escapes would vanish), backticks (code spans), `<` (HTML, comments, autolinks), `[` (links,
 * wikilinks, embeds, footnotes, callouts), `|` (tables), `#` (headings, Obsidian tags), `$`
 * (Obsidian math), `^` (Obsidian block ids), runs of `%` (Obsidian comments), entities.
 */
function escapeAnywhere(line: string, extra: RegExp | null): string {
  return line.replace(/[\\`<[|#$^%&*_~\]]/g, (char, offset: number, whole: string) => {
    const next = whole[offset + 1] ?? '';
    switch (char) {
      case '\\':
        return ASCII_PUNCTUATION.test(next) ? '\\\\' : '\\';
      case '%':
        return next === '%' || whole[offset - 1] === '%' ? '\\%' : '%';
      case '&':
        return /^&#?[a-z0-9]+;/i.test(whole.slice(offset)) ? '\\&' : '&';
      case '*':
      case '_':
      case '~':
      case ']':
        return extra?.test(char) ? `\\${char}` : char;
      default:
        return `\\${char}`;
    }
  });
}

/**
 * Escapes what would start a block at the beginning of a line: list and thematic-break
 * markers, setext underlines, quotes, fences, ordered-list numbers, definition colons.
 */
function escapeLineStart(line: string): string {
  if (/^[-+*=_>~:]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Leading spaces become no-break spaces: the indentation shows, but opens no code block. */
function keepIndent(line: string): [indent: string, rest: string] {
  const match = /^[ \t]*/.exec(line)?.[0] ?? '';
  const indent = match.replace(/\t/g, NBSP.repeat(4)).replace(/ /g, NBSP);
  return [indent, line.slice(match.length)];
}

/** A name or title, safe anywhere on a line (headings, bold labels, list items). */
export function escapeInline(text: string): string {
  const line = oneLine(text);
  return escapeLineStart(escapeAnywhere(line, /[*_~\]]/));
}

/**
 * Typed text as a blockquote: every line starts with `> `, blank lines stay inside the quote
 * as `>`, and the user's line breaks are kept (two trailing spaces, a markdown hard break,
 * invisible in plain text). Returns '' for empty text; the caller says "nothing written".
 */
export function quoteBlock(text: string): string {
  const normalized = normalizeText(text);
  if (normalized === '') return '';
  const lines = normalized.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (line === '') {
      if (out.at(-1) !== '>') out.push('>');
      return;
    }
    const [indent, rest] = keepIndent(line);
    const body = indent + escapeLineStart(escapeAnywhere(rest, null));
    const nextIsText = (lines[i + 1] ?? '') !== '';
    out.push(`> ${body}${nextIsText ? '  ' : ''}`);
  });
  return out.join('\n');
}
