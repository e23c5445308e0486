// Every word a person meets is in the catalogue (src/words/): the scanner finds English written
// anywhere else, names its file and line, and is itself tested on small made-up files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strayWords, wordsAtLoad } from './stray-words.js';

const ROOT = process.cwd();

/**
 * Files whose words other engineers are moving into their own catalogue areas right now
 * (issue 15). Each entry must still hold words (a test below says when one is done, so the
 * list only shrinks); no other file may hold any.
 */
const PENDING: Record<string, string> = {
  'src/ui/keys.ts': 'h-keys: src/words/en/keys.ts',
};

const pending = (file: string) => Object.keys(PENDING).some((p) => file.startsWith(p));

describe('the words catalogue', () => {
  it('holds every word a person sees or that is written to a file', () => {
    const found = strayWords(ROOT, pending).map((s) => `${s.where}: ${s.text}`);
    expect(found, 'move these into src/words/en/<area>.ts (see docs/words.md)').toEqual([]);
  });

  it('keeps its list of files still being moved honest: each still has words to move', () => {
    const left = new Set(strayWords(ROOT).map((s) => s.where.replace(/:\d+$/, '')));
    for (const prefix of Object.keys(PENDING)) {
      expect(
        [...left].some((file) => file.startsWith(prefix)),
        `${prefix} has no words left: take it off PENDING`,
      ).toBe(true);
    }
  });

  it('is read when words are needed, never when a module loads', () => {
    expect(wordsAtLoad(ROOT)).toEqual([]);
  });
});

describe('the stray-words scanner', () => {
  const root = mkdtempSync(join(tmpdir(), 'talkturn-words-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const scan = (name: string, text: string) => {
    rmSync(join(root, 'src'), { recursive: true, force: true });
    mkdirSync(join(root, 'src', 'words'), { recursive: true });
    writeFileSync(join(root, 'src', name), text);
    return strayWords(root);
  };

  it('names the file and line of JSX text, prose props and sentences in strings', () => {
    const found = scan(
      'Screen.tsx',
      [
        "import { Text } from 'ink';",
        'export const A = () => <Text>Take a breath</Text>;',
        'export const B = () => <Box title="Paused" />;',
        "export const c = 'Time is up.';",
        'export const d = (n: number) => `${n} talks so far`;',
        "export const e = [{ label: 'Start', value: 1 }];",
        'export const F = (n: number) => <Screen aside={`${n} open`} />;',
      ].join('\n'),
    );
    expect(found.map((s) => s.where)).toEqual([
      'src/Screen.tsx:2',
      'src/Screen.tsx:3',
      'src/Screen.tsx:4',
      'src/Screen.tsx:5',
      'src/Screen.tsx:6',
      'src/Screen.tsx:7',
    ]);
    expect(found[0]?.text).toBe('Take a breath');
  });

  it('lets through what only machines read, and lines that say why they keep English', () => {
    const found = scan(
      'code.ts',
      [
        "import path from 'node:path';",
        "export const flag = '--notes-dir <dir>';",
        "export const key = 'safe_and_close:';",
        "export const file = 'prompts/hard-questions.md';",
        'export const line = \'start --names "Sam,Alex"\';',
        "export const p = path.join(home, 'Application Support');",
        "export const bug = () => { throw new Error('unreachable state here'); };",
        "// words-ok: the age format's own header line",
        "export const header = 'age encryption.org/v1';",
        "export const one = 'Paused';",
        'export const page = (t: string) => `<header><h1 class="title">${t}</h1></header>`;',
        "export const css = ':root { color-scheme: light; } body { margin: 0; }';",
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('finds words read when a module loads', () => {
    scan(
      'copy.ts',
      [
        "import { words } from './words/index.js';",
        'export const EARLY = words().common.timeUp;',
        'export const later = () => words().common.timeUp;',
      ].join('\n'),
    );
    expect(wordsAtLoad(root)).toEqual(['src/copy.ts:2']);
  });

  it('leaves the catalogue itself alone', () => {
    mkdirSync(join(root, 'src', 'words', 'en'), { recursive: true });
    writeFileSync(join(root, 'src', 'words', 'en', 'a.ts'), "export const a = 'Time is up.';");
    expect(scan('empty.ts', '')).toEqual([]);
  });
});
