// Where talkturn keeps things. Local folders only, never a synced Documents or Desktop folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { words } from '../words/index.js';

type Env = Record<string, string | undefined>;

function home(env: Env): string {
  return env.HOME || os.homedir();
}

/** Settings and user decks. `TALKTURN_CONFIG_DIR` overrides it (tests use this too). */
export function configDir(env: Env = process.env, platform = process.platform): string {
  if (env.TALKTURN_CONFIG_DIR) return path.resolve(env.TALKTURN_CONFIG_DIR);
  if (platform === 'darwin') return path.join(home(env), 'Library', 'Preferences', 'talkturn');
  if (platform === 'win32') {
    return path.join(env.APPDATA || path.join(home(env), 'AppData', 'Roaming'), 'talkturn');
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(home(env), '.config'), 'talkturn');
}

/** Session notes. `--notes-dir` wins over `TALKTURN_NOTES_DIR`, which wins over the default. */
export function notesDir(
  flag: string | undefined,
  env: Env = process.env,
  platform = process.platform,
): string {
  const chosen = flag || env.TALKTURN_NOTES_DIR;
  if (chosen) return path.resolve(chosen);
  if (platform === 'darwin') {
    return path.join(home(env), 'Library', 'Application Support', 'talkturn', 'sessions');
  }
  if (platform === 'win32') {
    return path.join(
      env.LOCALAPPDATA || path.join(home(env), 'AppData', 'Local'),
      'talkturn',
      'sessions',
    );
  }
  return path.join(
    env.XDG_DATA_HOME || path.join(home(env), '.local', 'share'),
    'talkturn',
    'sessions',
  );
}

/**
 * Makes an existing notes folder private (0700), as the README promises whatever the umask:
 * a folder given with `--notes-dir` or `TALKTURN_NOTES_DIR` may have been made 0755 by someone
 * else. Returns the one line that says so, or null when there was nothing to change (so it is
 * said once: the next run finds it private). A folder that is not ours to change is left alone.
 */
export function makeNotesDirPrivate(dir: string, platform = process.platform): string | null {
  if (platform === 'win32') return null;
  try {
    const stats = fs.statSync(dir);
    if (!stats.isDirectory() || (stats.mode & 0o077) === 0) return null;
    if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) return null;
    fs.chmodSync(dir, 0o700);
    const was = (stats.mode & 0o777).toString(8).padStart(4, '0');
    return words().cli.madePrivate(was, dir);
  } catch {
    return null;
  }
}
