// Remembered between runs: names (so nobody types them twice) and whether the first-run notice
// was read. Stored with conf, readable only by its owner. conf (with ajv and semver) takes about
// 20 ms to load, so it is loaded only when something changes: reading is one small JSON file, the
// one conf writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import { inertLine } from '../text/inert.js';

export interface Settings {
  names: string[];
  seenSafetyNotice: boolean;
  /** A support line for the couple's country, shown on the first-run notice. */
  helpLine?: string;
  /** Lock every new session with a passphrase, as if --encrypt were given. */
  encrypt?: boolean;
  /** The language to speak, such as "es" or "es-MX", chosen in the guided set-up or by hand. */
  language?: string;
}

export interface SettingsStore {
  read(): Settings;
  update(change: Partial<Settings>): void;
}

/** What conf would read: the file's object, or nothing yet; a file that is not JSON throws. */
function readStored(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return Object.assign(Object.create(null) as Record<string, unknown>, JSON.parse(text));
}

/** What a first run remembers, and a run whose settings cannot be opened. */
export const NOTHING_REMEMBERED: Readonly<Settings> = { names: [], seenSafetyNotice: false };

export function openSettings(dir: string): SettingsStore {
  const stored = readStored(join(dir, 'settings.json'));
  let conf: Conf<Settings> | undefined;
  let writes = Promise.resolve();
  return {
    read: () => ({
      // A hand-edited settings file is shown on screen: nothing in it may be an escape code.
      names: Array.isArray(stored.names)
        ? stored.names.filter((n): n is string => typeof n === 'string').map(inertLine)
        : [],
      seenSafetyNotice: stored.seenSafetyNotice === true,
      helpLine: typeof stored.helpLine === 'string' ? inertLine(stored.helpLine) : undefined,
      encrypt: stored.encrypt === true,
      language: typeof stored.language === 'string' ? inertLine(stored.language) : undefined,
    }),
    // Written in order, after conf has loaded; a pending write keeps Node running until done.
    update(change) {
      Object.assign(stored, change);
      writes = writes
        .then(async () => {
          if (!conf) {
            const { default: Store } = await import('conf');
            conf = new Store<Settings>({
              cwd: dir,
              configName: 'settings',
              configFileMode: 0o600,
              defaults: { ...NOTHING_REMEMBERED },
            });
          }
          for (const [key, value] of Object.entries(change)) {
            if (value !== undefined) conf.set(key as keyof Settings, value as never);
          }
        })
        // Only a convenience: a read-only config folder must never stop a session.
        .catch(() => undefined);
    },
  };
}

/**
 * The settings as a session locked with a passphrase may use them: nothing typed reaches the
 * disk in plaintext, so its names are not remembered (and names remembered before are let go).
 */
export function forLockedSession(settings: SettingsStore | null): SettingsStore | null {
  if (!settings) return null;
  return {
    read: () => ({ ...settings.read(), names: [] }),
    update(change) {
      settings.update({ ...change, names: [] });
    },
  };
}

/** Settings are a convenience: if they cannot be read, talkturn runs without them. */
export function openSettingsIfPossible(dir: string): SettingsStore | null {
  try {
    return openSettings(dir);
  } catch {
    return null;
  }
}
