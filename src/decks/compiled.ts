// The built-in decks as the build parsed them (dist/builtin-decks.json), so starting a session
// need not load the YAML and schema libraries at all. Absent when running from the sources.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinDecksDir } from './locate.js';
import type { Deck } from './types.js';

export const COMPILED_DECKS_FILE = 'builtin-decks.json';

const fromBundle = /[\\/]dist[\\/]/.test(fileURLToPath(import.meta.url));

let compiled: Record<string, Omit<Deck, 'path'>> | null | undefined;

/** The built-in deck parsed from `fileName` at build time, if the build left one. */
export function compiledBuiltin(fileName: string): Omit<Deck, 'path'> | undefined {
  // From the sources (tests, development) the deck files are always read as they are now.
  if (!fromBundle) return undefined;
  if (compiled === undefined) {
    try {
      const file = join(dirname(builtinDecksDir()), 'dist', COMPILED_DECKS_FILE);
      compiled = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Omit<Deck, 'path'>>;
    } catch {
      compiled = null;
    }
  }
  return compiled?.[fileName];
}
