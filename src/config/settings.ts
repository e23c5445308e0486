// Remembered between runs: names (so nobody types them twice) and whether the first-run notice
// was read. Stored with conf, readable only by its owner.
import Conf from 'conf';
import { inertLine } from '../text/inert.js';

export interface Settings {
  names: string[];
  seenSafetyNotice: boolean;
  /** A support line for the couple's country, shown on the first-run notice. */
  helpLine?: string;
  /** Lock every new session with a passphrase, as if --encrypt were given. */
  encrypt?: boolean;
}

export interface SettingsStore {
  read(): Settings;
  update(change: Partial<Settings>): void;
}

export function openSettings(dir: string): SettingsStore {
  const conf = new Conf<Settings>({
    cwd: dir,
    configName: 'settings',
    configFileMode: 0o600,
    defaults: { names: [], seenSafetyNotice: false },
  });
  return {
    read: () => ({
      // A hand-edited settings file is shown on screen: nothing in it may be an escape code.
      names: Array.isArray(conf.get('names'))
        ? conf
            .get('names')
            .filter((n) => typeof n === 'string')
            .map(inertLine)
        : [],
      seenSafetyNotice: conf.get('seenSafetyNotice') === true,
      helpLine:
        typeof conf.get('helpLine') === 'string' ? inertLine(conf.get('helpLine')!) : undefined,
      encrypt: conf.get('encrypt') === true,
    }),
    update(change) {
      try {
        for (const [key, value] of Object.entries(change)) {
          if (value !== undefined) conf.set(key as keyof Settings, value as never);
        }
      } catch {
        // Only a convenience: a read-only config folder must never stop a session.
      }
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
