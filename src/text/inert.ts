// The one sanitiser for text from outside (a deck, a note, a journal, a settings file, a file
// name) on its way to a terminal: a terminal obeys escape codes, so none may pass. Escape
// sequences (CSI, OSC, DCS/SOS/PM/APC, any other ESC pair, 8-bit CSI) are removed whole, then
// every other C0/C1 control and DEL, and the bidirectional overrides that reorder what follows.
// Line breaks and tabs are kept by `inertText`; `inertLine` makes one line of it.

/** Escape sequences: an unterminated string loses only its introducer, never the text after it. */
export const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)|\x1b[\s\S]?|\x9b[0-?]*[ -/]*[@-~]/gu;
/** Every C0/C1 control but `\n` and `\t`, and DEL. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Text made inert for a terminal; `\n` and `\t` stay (a `\r\n` becomes `\n`). */
export function inertText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, '')
    .replace(BIDI_OVERRIDE, '');
}

/** The same, on one line: every run of whitespace (line breaks, tabs) becomes one space. */
export function inertLine(text: string): string {
  return inertText(text).replace(/\s+/g, ' ').trim();
}

/** Every string inside a parsed value (a journal's config, a note's front matter) made inert. */
export function inertDeep<T>(value: T): T {
  if (typeof value === 'string') return inertText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => inertDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = inertDeep(item);
    return out as T;
  }
  return value;
}
