// The one rule for front matter, in decks and notes alike: the first line with anything on it is
// `---`, and the settings end at the next line that is `---` (or `...`, YAML's own end of a
// document). Spaces or tabs after a fence are fine; a byte order mark before the file is skipped.
// Reading what is between the fences is the caller's: decks check it, notes read their fields.

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Where the fences are in a file's lines: `close` is -1 when the front matter is never closed. */
export interface Fences {
  open: number;
  close: number;
}

/** The fences in `lines`, or null when the first line with anything on it is not `---`. */
export function findFences(lines: readonly string[]): Fences | null {
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open === -1 || !OPEN.test(lines[open] ?? '')) return null;
  const close = lines.findIndex((line, i) => i > open && CLOSE.test(line));
  return { open, close };
}

/**
 * The text between the fences and the text after the closing one (its line break left out), or
 * null when there is no front matter or it is never closed. Lines end at `\n` (a `\r` before it
 * is part of the break). Reads only as far as the closing fence, so a long note costs no more
 * than its front matter.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let yamlStart = -1;
  while (at < text.length) {
    const lf = text.indexOf('\n', at);
    const next = lf === -1 ? text.length : lf + 1;
    // Most lines of settings cannot be a fence: only those starting `-` or `.` are looked at.
    if (yamlStart !== -1 && text[at] !== '-' && text[at] !== '.') {
      at = next;
      continue;
    }
    const end = lf > at && text[lf - 1] === '\r' ? lf - 1 : lf === -1 ? text.length : lf;
    const line = text.slice(at, end);
    if (yamlStart === -1) {
      if (line.trim() !== '') {
        if (!OPEN.test(line)) return null;
        yamlStart = next;
      }
    } else if (CLOSE.test(line)) {
      // The line break before the closing fence belongs to the fence, not to the settings.
      const yamlEnd = Math.max(yamlStart, at - (text[at - 2] === '\r' ? 2 : 1));
      return { yaml: text.slice(yamlStart, yamlEnd), body: text.slice(next) };
    }
    at = next;
  }
  return null;
}
