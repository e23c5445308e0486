// Splits a deck file into its YAML front matter and its body, and reads the YAML with line numbers.
import { LineCounter, parseDocument, isMap, isScalar, type YAMLError } from 'yaml';
import { findFences } from '../text/front-matter.js';
import { words } from '../words/index.js';

export interface Located {
  line?: number;
  message: string;
}

export interface FrontMatter {
  /** Line of the opening `---`. */
  openLine: number;
  /** The settings as plain data, when the YAML could be read as a mapping. */
  data?: Record<string, unknown>;
  /** The line of each setting's name, for pointing at the setting a problem is about. */
  keyLines: Map<string, number>;
  bodyLines: string[];
  /** File line of the first body line. */
  bodyStartLine: number;
}

export type SplitResult =
  { ok: true; front: FrontMatter; problems: Located[] } | { ok: false; problems: Located[] };

export function splitDeck(lines: readonly string[]): SplitResult {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) {
    return {
      ok: false,
      problems: [
        {
          message: words().decks.frontMatter.emptyFile,
        },
      ],
    };
  }
  const fences = findFences(lines);
  if (!fences) {
    return {
      ok: false,
      problems: [
        {
          line: first + 1,
          message: words().decks.frontMatter.none,
        },
      ],
    };
  }
  const openLine = first + 1;
  const closeIndex = fences.close;
  if (closeIndex === -1) {
    const heading = lines.findIndex((line, i) => i > first && /^\s{0,3}#/.test(line));
    const where =
      heading === -1
        ? words().decks.frontMatter.afterSettings
        : words().decks.frontMatter.beforeLine(heading + 1);
    return {
      ok: false,
      problems: [
        {
          line: openLine,
          message: words().decks.frontMatter.neverClosed(where),
        },
      ],
    };
  }
  const yamlText = lines.slice(first + 1, closeIndex).join('\n');
  const front: FrontMatter = {
    openLine,
    keyLines: new Map(),
    bodyLines: lines.slice(closeIndex + 1),
    bodyStartLine: closeIndex + 2,
  };
  return { ok: true, front, problems: readYaml(yamlText, openLine, front) };
}

/** Reads the YAML between the fences into `front.data`; returns problems with file lines. */
function readYaml(text: string, openLine: number, front: FrontMatter): Located[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => openLine + lineCounter.linePos(offset).line;

  const [error] = doc.errors;
  if (error) return [yamlProblem(error, text, fileLine)];

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return [
      {
        line: openLine,
        message: words().decks.frontMatter.empty,
      },
    ];
  }
  if (!isMap(contents)) {
    const kind = isScalar(contents)
      ? words().decks.frontMatter.aLineOfText
      : words().decks.settings.aList;
    return [
      {
        line: fileLine(contents.range?.[0] ?? 0),
        message: words().decks.frontMatter.notSettings(kind),
      },
    ];
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) front.keyLines.set(key, fileLine(offset));
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 50 });
    front.data = data as Record<string, unknown>;
    return [];
  } catch {
    return [{ line: openLine, message: words().decks.frontMatter.unreadable }];
  }
}

function yamlProblem(
  error: YAMLError,
  text: string,
  fileLine: (offset: number) => number,
): Located {
  const offset = error.pos[0];
  const line = fileLine(offset);
  const source = text.split('\n')[fileLine(offset) - fileLine(0)] ?? '';
  const said = words().decks.frontMatter;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*["']?([^:"']+)/.exec(source)?.[1]?.trim() ?? said.thisSetting;
      return { line, message: said.setTwice(key) };
    }
    case 'TAB_AS_INDENT':
      return { line, message: said.tab };
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        const opened = unclosedQuoteLine(text, fileLine);
        return {
          line: opened ?? line,
          message: said.openQuote,
        };
      }
      break;
    case 'BAD_SCALAR_START': {
      const char = /reserved character (\S)/.exec(error.message)?.[1] ?? said.thisCharacter;
      return { line, message: said.badStart(char) };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return { line, message: unreadableSetting(source) };
  }
  const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return { line, message: said.notYaml(what) };
}

/** Most often a value with a colon in it (`title: Us: after`), which YAML reads as a nested setting. */
function unreadableSetting(source: string): string {
  const said = words().decks.frontMatter;
  const flow = /^([\w-]+):\s+([[{])/.exec(source);
  if (flow) {
    const [, key, bracket] = flow;
    const kind = bracket === '[' ? words().decks.settings.aList : words().decks.settings.aGroup;
    return said.bracket(key ?? '', bracket ?? '', kind);
  }
  const setting = /^([\w-]+):\s+(.*:.*)$/.exec(source);
  if (setting && !/^["'[{|>]/.test(setting[2] ?? '')) {
    const [, key, value = ''] = setting;
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const quote = value.includes('"') ? "'" : '"';
    return said.colon(key ?? '', `${quote}${shown}${quote}`);
  }
  return said.unreadableLine;
}

/** The line of the first value whose quote mark is opened and not closed on the same line. */
function unclosedQuoteLine(text: string, fileLine: (offset: number) => number): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const value = /^[^:#]*:\s*(["'])(.*)$/.exec(line);
    if (value) {
      const [, quote, rest = ''] = value;
      const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
      if (!closed) return fileLine(offset);
    }
    offset += line.length + 1;
  }
  return undefined;
}
