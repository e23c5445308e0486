// The house plan's layers (docs/house-plan.md): every import in src/ points down the table or
// stays inside its own folder. Two folders on one row are peers and do not know each other.
// A new folder (or a file directly in src/) needs a row here before its imports can pass.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Lowest first. An import may only point to its own folder or to a row above it here. */
const LAYERS: readonly (readonly string[])[] = [
  ['words'],
  ['text', 'errors.ts'],
  ['config', 'invocation.ts'],
  ['session'],
  ['decks'],
  ['notes'],
  ['questions'],
  ['export'],
  ['history', 'forget'],
  ['ui'],
  ['start'],
  ['cli'],
  ['cli.ts'],
];

const SRC = path.resolve(import.meta.dirname, '../../src');

interface Import {
  /** Both relative to src/, with `/` between folders. */
  from: string;
  to: string;
}

/** The top-level entry of src/ a path is in: its first folder, or the file itself. */
const entryOf = (file: string) => file.split('/')[0]!;

function rankOf(entry: string): number {
  return LAYERS.findIndex((row) => row.includes(entry));
}

/** One sentence per import that points up a layer, sideways to a peer, or to an unknown place. */
function layerProblems(imports: readonly Import[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of imports) {
    const [a, b] = [entryOf(from), entryOf(to)];
    if (a === b) continue;
    const [ra, rb] = [rankOf(a), rankOf(b)];
    if (ra < 0 || rb < 0) {
      problems.push(`${ra < 0 ? a : b} has no layer in test/build/layers.test.ts (${from})`);
    } else if (rb > ra) {
      problems.push(`${from} imports ${to}: ${b} is above ${a}`);
    } else if (rb === ra) {
      problems.push(`${from} imports ${to}: ${a} and ${b} are peers`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every import of src/ by src/: static, dynamic, `export … from` and `import('…')` types. */
function srcImports(): Import[] {
  const found: Import[] = [];
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
      found.push({
        from: path.relative(SRC, file).split(path.sep).join('/'),
        to: path.relative(SRC, target).split(path.sep).join('/'),
      });
    }
  }
  return found;
}

describe('layers', () => {
  it('every import in src/ points down a layer', () => {
    const imports = srcImports();
    // The reading itself is checked: a scan that found nothing would pass anything.
    expect(imports.length).toBeGreaterThan(300);
    expect(imports).toContainEqual({ from: 'start/full-screen.tsx', to: 'ui/farewell.ts' });
    expect(layerProblems(imports)).toEqual([]);
  });

  it('every folder and file in src/ has its layer', () => {
    const entries = readdirSync(SRC).filter((name) => !name.endsWith('.md'));
    expect(entries.filter((entry) => rankOf(entry) < 0)).toEqual([]);
  });

  it('names an import that points up, sideways or nowhere known', () => {
    expect(
      layerProblems([
        { from: 'ui/App.tsx', to: 'cli/errors.ts' },
        { from: 'history/index.ts', to: 'forget/index.ts' },
        { from: 'notes/a.ts', to: 'elsewhere/b.ts' },
        { from: 'ui/App.tsx', to: 'ui/keys.ts' },
        { from: 'cli/program.ts', to: 'start/terminal.ts' },
      ]),
    ).toEqual([
      'ui/App.tsx imports cli/errors.ts: cli is above ui',
      'history/index.ts imports forget/index.ts: history and forget are peers',
      'elsewhere has no layer in test/build/layers.test.ts (notes/a.ts)',
    ]);
  });
});
