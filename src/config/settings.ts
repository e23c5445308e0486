// Remembered between runs: names (so nobody types them twice) and whether the first-run notice
// was read. Stored with conf, readable only by its owner.
import Conf from 'conf';

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
      names: Array.isArray(conf.get('names'))
        ? conf.get('names').filter((n) => typeof n === 'string')
        : [],
      seenSafetyNotice: conf.get('seenSafetyNotice') === true,
      helpLine: typeof conf.get('helpLine') === 'string' ? conf.get('helpLine') : undefined,
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

/** Settings are a convenience: if they cannot be read, talkturn runs without them. */
export function openSettingsIfPossible(dir: string): SettingsStore | null {
  try {
    return openSettings(dir);
  } catch {
    return null;
  }
}
