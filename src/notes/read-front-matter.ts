// The front matter of a note as history and export read it, fast. talkturn writes its front
// matter in a small, regular part of YAML (src/notes/yaml-fields.ts): two-space indents, keys of
// letters and underscores, double-quoted strings, plain numbers, booleans, nulls and dates, and
// `[]`. Reading that part by hand is about twenty times quicker than the full YAML parser, which
// is what months of notes need. Anything outside it (a note edited by hand, a comment, another
// quoting) goes to the full parser, so the result is always what `yaml` itself reads;
// test/notes/read-front-matter.test.ts holds the two to the same answers.
import { splitFrontMatter } from '../text/front-matter.js';
import { talkturnFields } from './yaml-fields.js';

/** Not in the part read by hand: let the full parser read it. */
class Unusual extends Error {}
const unusual = (): never => {
  throw new Unusual();
};

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
/** KEY from a position in a line (set `lastIndex` to the indent). */
const KEY_AT = /([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/y;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
// A plain scalar that could mean something else in YAML: an indicator first, or `: ` / ` #`.
const AMBIGUOUS_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`\s]|: |:$| #|\s$|\t/;
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuoted(text: string): string {
  if (text.length < 2 || !text.endsWith('"')) unusual();
  const inner = text.slice(1, -1);
  if (!inner.includes('\\')) return inner.includes('"') ? unusual() : inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char === '"') unusual();
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = inner[++i] ?? unusual();
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[next] ?? unusual();
    const hex = inner.slice(i + 1, i + 1 + length);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) unusual();
    const code = parseInt(hex, 16);
    // Lone surrogates and the like: the full parser decides.
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) unusual();
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}

function scalar(text: string): unknown {
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text === '' || AMBIGUOUS_PLAIN.test(text)) unusual();
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT.test(text) || FLOAT.test(text)) {
    const value = Number(text);
    // Past 2^53 or -0, YAML and Number may part ways: let the full parser say.
    return Number.isSafeInteger(value) || (!INT.test(text) && value !== 0) ? value : unusual();
  }
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) || /^0[ox]/.test(text)) unusual();
  return text;
}

class Lines {
  index = 0;
  private readonly indents: number[];
  constructor(readonly lines: string[]) {
    this.indents = lines.map((line) => {
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      // Blank lines, comments and tabs: the full parser decides.
      const next = line.charCodeAt(indent);
      if (indent === line.length || next === 35 || next === 9) unusual();
      return indent;
    });
  }
  /** Leading spaces of the current line, or -1 past the end. */
  indent(): number {
    return this.indents[this.index] ?? -1;
  }
  text(indent: number): string {
    return (this.lines[this.index] ?? '').slice(indent);
  }
  /** The current line has `- ` at `indent`. */
  itemAt(indent: number): boolean {
    return (this.lines[this.index] ?? '').startsWith('- ', indent);
  }
  /** `key: rest` at `indent` on the current line. */
  keyAt(indent: number): RegExpExecArray | null {
    KEY_AT.lastIndex = indent;
    return KEY_AT.exec(this.lines[this.index] ?? '');
  }
}

function block(lines: Lines, indent: number): unknown {
  return lines.itemAt(indent) ? sequence(lines, indent) : mapping(lines, indent);
}

function valueAfterKey(lines: Lines, indent: number, rest: string | undefined): unknown {
  if (rest !== undefined && rest !== '') return scalar(rest);
  lines.index++;
  const next = lines.indent();
  if (next > indent) return block(lines, next);
  // `key:` then a list at the same indent, or nothing at all: the full parser decides.
  return unusual();
}

function mapping(lines: Lines, indent: number, first?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let line = first;
  for (;;) {
    const match = line === undefined ? lines.keyAt(indent) : KEY.exec(line);
    if (!match) unusual();
    const [, key = '', rest] = match!;
    // A repeated key, or `__proto__` (which YAML sets as data, not as a prototype): the full
    // parser decides.
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) unusual();
    out[key] = valueAfterKey(lines, indent, rest);
    if (rest !== undefined && rest !== '') lines.index++;
    line = undefined;
    const next = lines.indent();
    if (next < indent) return out;
    if (next > indent || lines.itemAt(indent)) unusual();
  }
}

function sequence(lines: Lines, indent: number): unknown[] {
  const out: unknown[] = [];
  for (;;) {
    const item = lines.text(indent).slice(2);
    if (KEY.test(item)) {
      out.push(mapping(lines, indent + 2, item));
    } else {
      if (item.startsWith('- ') || item === '-') unusual();
      out.push(scalar(item));
      lines.index++;
    }
    const next = lines.indent();
    if (next < indent) return out;
    if (next > indent || !lines.itemAt(indent)) unusual();
  }
}

/** The front matter read by hand; undefined when it is not in the part read by hand. */
export function fastFields(yamlText: string): Record<string, unknown> | undefined {
  if (yamlText.includes('\r')) return undefined;
  try {
    const lines = new Lines(yamlText.split('\n'));
    if (lines.indent() !== 0) return undefined;
    const fields = mapping(lines, 0);
    return lines.index === lines.lines.length ? fields : undefined;
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
}

/** `talkturnFields`, the same answer, read by hand when it can be. Never throws. */
export function readTalkturnFields(markdown: string): Record<string, unknown> | null {
  const block = splitFrontMatter(markdown);
  if (!block) return null;
  const fields = fastFields(block.yaml);
  if (fields === undefined) return talkturnFields(markdown);
  return typeof fields.talkturn === 'number' ? fields : null;
}
