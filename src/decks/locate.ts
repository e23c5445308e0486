// Where decks live: the built-ins shipped in the package, and the user's decks folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeckError } from './types.js';
import { words } from '../words/index.js';

let cached: string | undefined;

/**
 * The package's `prompts/` folder. Walks up from this module, so it works from `src/decks/` under
 * vitest and from any chunk of the bundle in `dist/`, wherever the package is installed.
 */
export function builtinDecksDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isTalkturnRoot(dir)) return (cached = join(dir, 'prompts'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new DeckError(words().decks.library.builtInsMissing);
}

function isTalkturnRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest) || !existsSync(join(dir, 'prompts'))) return false;
  try {
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return pkg.name === 'talkturn';
  } catch {
    return false;
  }
}

export function userDecksDir(configDir: string): string {
  return join(configDir, 'decks');
}
