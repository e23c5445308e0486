// Finds words meant for a person that are written outside the catalogue (`src/words/`): JSX text
// with letters, prose props, and string or template literals holding two or more words. What is
// language-neutral (module names, file names, YAML keys, code names machines read) is let through
// by the rules below; a line that must keep an English phrase for a machine says why with a
// `words-ok: <reason>` comment on it or on the line above.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Stray {
  /** `src/…/file.tsx:12`. */
  where: string;
  text: string;
}

/** Props of our components whose string value is read by a person. */
const PROSE_PROPS = new Set([
  'title',
  'label',
  'hint',
  'placeholder',
  'text',
  'message',
  'note',
  'ask',
  'aside',
  'explainEnter',
  'emptyHint',
  'quitLabel',
  'upMessage',
  'stem',
]);

// Two words of letters, each at least two long ("Time is up", "(in a talk)", but not "utf8").
const TWO_WORDS = /\b[A-Za-z]{2,}\b.*\b[A-Za-z]{2,}\b/s;
// Text that only a machine reads even with spaces: flags, paths, `key: value` YAML keys, MIME.
const MACHINE = [
  /^\s*-{1,2}[a-z][\w-]*( <[\w-]+>| \[[\w-]+\])?\s*$/, // a flag: "--notes-dir <dir>"
  /^\s*-{1,2}[a-z][\w-]*( < >)?\s*$/, // a flag whose value's name is the catalogue's: `--notes-dir <${value.dir}>`
  /^[\w.@/:-]+$/, // a file, module or id: "node:fs", "prompts/hard-questions.md"
  /^[a-z_]+:$/, // a YAML key
  /^([a-z]+ )?--[a-z][\w-]*( ("[^"]*"|[^\s"]+))?$/, // a command line: 'start --names "Sam,Alex"'
  /^npx\s/, // how talkturn was started: "npx --package ./talkturn.tgz talkturn"
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// Markup and style sheets (the brief's HTML page, its SVG chart): their words come in through
// the `${…}`s; the tags, attributes and CSS around them are for the browser.
const TAG = /<\/?[a-z!][^<>]*>/gi;
const CSS_RULE = /[\w:.#-]+\s*\{[^{}]*:[^{}]*\}/;

function isProse(text: string): boolean {
  if (CSS_RULE.test(text)) return false;
  const trimmed = text.replace(TAG, ' ').trim();
  if (!TWO_WORDS.test(trimmed)) return false;
  return !MACHINE.some((pattern) => pattern.test(trimmed));
}

/** Where a literal is code, not words: imports, types, keys, comparisons with code names. */
function isCodePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isExternalModuleReference(parent) || ts.isImportTypeNode(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isPropertySignature(parent) || ts.isEnumMember(parent)) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression.getText();
    // Dynamic imports, and regexes built from strings.
    if (parent.expression.kind === ts.SyntaxKind.ImportKeyword || callee === 'require') return true;
    if (callee === 'RegExp') return true;
  }
  if (ts.isNewExpression(parent) && parent.expression.getText() === 'RegExp') return true;
  return machineCall(node);
}

/**
 * Calls whose text is for machines or programmers: `new Error(…)` and `sysError(code, …)` carry a
 * bug's or the system's own words (shown to a person only inside the catalogue's "did not
 * expect" sentence, or with --debug; failures a person can fix are NotesError, UsageError,
 * DeckError, with catalogue words); `path.join(…)` names folders of the operating system.
 */
const MACHINE_CALLS = new Set(['Error', 'TypeError', 'RangeError', 'sysError', 'path.join']);

function machineCall(node: ts.Node): boolean {
  let at: ts.Node = node;
  for (let depth = 0; depth < 3 && at.parent; depth++) {
    const parent: ts.Node = at.parent;
    if ((ts.isNewExpression(parent) || ts.isCallExpression(parent)) && parent.arguments) {
      if (parent.arguments.some((arg) => arg === at)) {
        return MACHINE_CALLS.has(parent.expression.getText());
      }
    }
    at = parent;
  }
  return false;
}

/** A one-word label is still words: `{ label: 'Start' }`, `title: 'Paused'`. */
function isProseProperty(node: ts.Node): boolean {
  let parent = node.parent;
  // `aside={`${n} open`}`: through the braces of a JSX attribute.
  if (parent && ts.isJsxExpression(parent)) parent = parent.parent;
  if (!parent) return false;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    return PROSE_PROPS.has(parent.name.getText());
  }
  return ts.isJsxAttribute(parent) && PROSE_PROPS.has(parent.name.getText());
}

function allowed(source: ts.SourceFile, lines: string[], node: ts.Node): boolean {
  const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
  for (let at = line - 1; at <= end; at++) {
    if (lines[at]?.includes('words-ok:')) return true;
  }
  return false;
}

/** Every stray word in the TypeScript files under `root/src`, outside `src/words/`. */
export function strayWords(root: string, skip: (file: string) => boolean = () => false): Stray[] {
  const found: Stray[] = [];
  for (const path of files(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    if (file.startsWith('src/words/') || skip(file)) continue;
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    const report = (node: ts.Node, words: string) => {
      if (allowed(source, lines, node)) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ where: `${file}:${line}`, text: words.trim().slice(0, 70) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node)) {
        if (/[A-Za-z]{2,}/.test(node.text)) report(node, node.text);
      } else if (ts.isJsxAttribute(node)) {
        const value = node.initializer;
        if (value && ts.isStringLiteral(value) && PROSE_PROPS.has(node.name.getText())) {
          if (/[A-Za-z]{2,}/.test(value.text)) report(value, value.text);
          return;
        }
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        // A capital or a space: words, not a code value such as a colour (`title: 'whiteBright'`).
        if (isProseProperty(node) && /^[A-Z][a-z]|[A-Za-z]{2,} /.test(node.text)) {
          report(node, node.text);
        } else if (!isCodePosition(node) && isProse(node.text)) report(node, node.text);
      } else if (ts.isTemplateExpression(node)) {
        // The words between the `${…}`s, read together as a person would.
        const words = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
        if (isProseProperty(node) && /[A-Za-z]{2,}/.test(words)) report(node, words);
        else if (!isCodePosition(node) && isProse(words)) report(node, words);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Every `words()` call that runs when its module loads (outside any function): `file:line`. */
export function wordsAtLoad(root: string): string[] {
  const found: string[] = [];
  for (const path of files(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    if (!text.includes('words()')) continue;
    const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    const visit = (node: ts.Node): void => {
      // Inside a function or a class, words are read when it runs, not when the module loads.
      if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
      if (
        ts.isCallExpression(node) &&
        node.expression.getText(source) === 'words' &&
        node.arguments.length === 0
      ) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push(`${file}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
