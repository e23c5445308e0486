// Small text helpers for deck messages and guidance.
import { words } from '../words/index.js';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+|^\s*>/;
// Scripts written without spaces between words: a soft line break there joins with nothing.
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins the lines of one paragraph the way markdown reads them: a line break inside a paragraph
 * is a space (or nothing, between Chinese or Japanese characters), so text wrapped by an editor
 * re-wraps cleanly on screen. List items, quotes and hard breaks keep their own lines.
 */
export function joinParagraph(lines: readonly string[]): string {
  let out = '';
  let hardBreak = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
    } else if (hardBreak || LIST_ITEM.test(raw)) {
      out += '\n' + line;
    } else {
      const last = out.slice(-1);
      const first = line.slice(0, 1);
      out += NO_SPACE_SCRIPT.test(last) && NO_SPACE_SCRIPT.test(first) ? line : ' ' + line;
    }
    hardBreak = / {2,}$/.test(raw) || raw.trimEnd().endsWith('\\');
    if (raw.trimEnd().endsWith('\\')) out = out.replace(/\\$/, '');
  }
  return out;
}

/** A value as a person would recognise it in an error message. */
export function describeValue(value: unknown): string {
  const said = words().decks.settings;
  if (value === null || value === undefined) return said.emptyValue;
  if (typeof value === 'string')
    return value.trim() === '' ? said.emptyValue : JSON.stringify(value);
  if (Array.isArray(value)) return said.aList;
  if (typeof value === 'object') return said.aGroup;
  return String(value);
}

/** The closest of `options` to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const target = word.toLowerCase();
  // A word cut short ("repair" for "repairing") is as likely a slip as a typo.
  const extended = options.find((o) => target.length >= 3 && o.toLowerCase().startsWith(target));
  if (extended) return extended;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(target, option.toLowerCase());
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(target.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
