// The "language" setting, read on its own: `--help` (through dist/help-file.cjs) needs only
// this, and must not wait for more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDir } from './paths.js';

/** The language the settings file names, or undefined (no file, no setting, not JSON). */
export function savedLanguage(env: Record<string, string | undefined> = process.env) {
  try {
    const stored = JSON.parse(readFileSync(join(configDir(env), 'settings.json'), 'utf8')) as {
      language?: unknown;
    };
    return typeof stored.language === 'string' ? stored.language : undefined;
  } catch {
    return undefined;
  }
}
