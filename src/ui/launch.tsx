// Starts a session on screen: the flags are already checked; Ink takes over from here.
import { render } from 'ink';
import type { PreparedStart } from '../cli/prepare-start.js';
import { notesDir } from '../config/paths.js';
import { openSettings, type SettingsStore } from '../config/settings.js';
import { openSessionKeeper } from './open-session.js';
import { Root, type Farewell } from './Root.js';

export async function launchSession(start: PreparedStart, guided: boolean): Promise<number> {
  const { options } = start;
  const settings = safeSettings(start.configDir);
  const remembered = settings?.read() ?? { names: [], seenSafetyNotice: false };
  const folder = notesDir(options.notesDir);

  let farewell: Farewell = { code: 0, message: '' };
  const app = render(
    <Root
      setup={{
        showSafety: !remembered.seenSafetyNotice,
        helpLine: remembered.helpLine,
        names: options.names,
        rememberedNames: remembered.names,
        deck: start.deck,
        decks: start.decks,
        turnMs: options.turnMs,
        askTurn: guided && options.turnMs === undefined,
      }}
      plan={{ rounds: options.rounds, maxMs: options.maxMs }}
      openSession={(config) =>
        openSessionKeeper(config, { notesDir: folder, quiet: options.quiet })
      }
      onSetupDone={(result) => settings?.update({ names: result.names, seenSafetyNotice: true })}
      onFarewell={(words) => {
        farewell = words;
      }}
    />,
    { exitOnCtrlC: false },
  );
  await app.waitUntilExit();
  if (farewell.message) process.stdout.write(`${farewell.message}\n`);
  return farewell.code;
}

/** Settings are a convenience: if they cannot be read, the session still runs. */
function safeSettings(dir: string): SettingsStore | null {
  try {
    return openSettings(dir);
  } catch {
    return null;
  }
}
