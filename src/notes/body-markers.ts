// The markers that make a session note's body readable by talkturn in any language: a short
// HTML comment (hidden by markdown viewers and note apps) just before each piece the history and
// the exports read back. The words around them are for people and may be in any language, or
// edited; the markers carry only numbers and fixed codes, so a note written in Spanish reads in
// English and the other way round. Typed text can never forge one: `<` is always escaped in it.
//
//   <!-- talkturn:prompt n=2 skipped -->        then the prompt's `## 2. Title` line
//   <!-- talkturn:reflection prompt=1 turn=1 by=1 answer=partly -->   then its quote
//   <!-- talkturn:missing -->                   then what the speaker said was missed
//   <!-- talkturn:writing prompt=1 brought -->  then writing (brought: its writer brings it)
//   <!-- talkturn:agreement by=2 -->            and therapy, appreciation: then the quote
//   <!-- talkturn:review id=… status=helping -->
//   <!-- talkturn:pause by=1 at=720 seconds=300 during=reflect -->   (by=0: nobody said)
//   <!-- talkturn:pauses seconds=420 -->
//   <!-- talkturn:unsent field=reflection by=2 prompt=1 -->   then text still being typed when
//                                               the session stopped (never read as handed in)
//   <!-- talkturn:stirred by=2 -->             a check-in's texts: appreciated, stirred, need
//
// `by` is the partner's number (1 or 2), in the order of the front matter's `partners`.

import { quoteBlock } from './markdown-escape.js';

export type MarkerKind =
  | 'prompt'
  | 'reflection'
  | 'missing'
  | 'writing'
  | 'agreement'
  | 'therapy'
  | 'appreciation'
  | 'review'
  | 'pause'
  | 'pauses'
  | 'unsent'
  // A check-in's texts, each partner's own: `<!-- talkturn:stirred by=2 -->` then the quote.
  | 'appreciated'
  | 'stirred'
  | 'need';

export type MarkerFields = Record<string, string | number | boolean>;

/** `<!-- talkturn:kind a=1 flag -->`: values are URI-encoded, so none holds a space or `-->`. */
export function marker(kind: MarkerKind, fields: MarkerFields = {}): string {
  const parts = Object.entries(fields).flatMap(([key, value]) => {
    if (value === false) return [];
    return value === true ? [key] : [`${key}=${encodeURIComponent(String(value))}`];
  });
  return `<!-- talkturn:${[kind, ...parts].join(' ')} -->`;
}

export interface FoundMarker {
  kind: string;
  fields: Record<string, string>;
  /** The line the marker is on. */
  line: number;
}

const MARKER = /<!-- talkturn:([a-z-]+)((?: [a-z_]+(?:=[^\s]*)?)*) -->/g;

/** Every marker in the body's lines, in order. */
export function findMarkers(lines: readonly string[]): FoundMarker[] {
  const found: FoundMarker[] = [];
  lines.forEach((text, line) => {
    if (!text.includes('<!-- talkturn:')) return;
    for (const match of text.matchAll(MARKER)) {
      const fields: Record<string, string> = {};
      for (const part of (match[2] ?? '').trim().split(' ').filter(Boolean)) {
        const eq = part.indexOf('=');
        const key = eq < 0 ? part : part.slice(0, eq);
        try {
          fields[key] = eq < 0 ? 'true' : decodeURIComponent(part.slice(eq + 1));
        } catch {
          fields[key] = part.slice(eq + 1);
        }
      }
      found.push({ kind: match[1] ?? '', fields, line });
    }
  });
  return found;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** A line of typed text as `quoteBlock` escaped it, given back (CommonMark's backslash rule). */
function unescapeLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    const next = line[i + 1] ?? '';
    if (char === '\\' && ASCII_PUNCTUATION.test(next)) {
      out += next;
      i++;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * The text of the quote that starts at `start` (`> …` lines, as `quoteBlock` writes them and a
 * person may have edited them); '' when the line is not a quote (talkturn wrote "nothing
 * written"). Hard breaks and the no-break spaces that keep an indent are taken back out.
 */
export function quoteAt(lines: readonly string[], start: number): string {
  const out: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('>')) break;
    let text = line.slice(line.startsWith('> ') ? 2 : 1).replace(/ +$/, '');
    const indent = /^\u00a0+/.exec(text)?.[0].length ?? 0;
    text = ' '.repeat(indent) + text.slice(indent);
    out.push(unescapeLine(text));
  }
  return out.join('\n').replace(/^\n+|\n+$/g, '');
}

/** A heading's words as `escapeInline` wrote them, given back: `## 2. Title` gives `Title`. */
export function headingText(line: string): string {
  return unescapeLine(line.replace(/^#{1,6} (?:\d+\. )?/, '').trim());
}

/** A typed text as the body gives it back once quoted (blank runs as one, indents as spaces). */
export function asQuoted(text: string): string {
  return quoteAt(quoteBlock(text).split('\n'), 0);
}
