// Starts the daily check-in on screen. Like a session, it runs on the discreet alternate screen,
// and words typed are saved (marked as not finished) if the terminal is closed or a screen fails.
import { render } from 'ink';
import { openSettingsIfPossible } from '../../config/settings.js';
import { saveCheckin } from '../../notes/index.js';
import { keysForNewLock } from '../lock-keys.js';
import { isoWithOffset } from '../../session/index.js';
import { CrashGuard } from '../components/CrashGuard.js';
import { LayoutProvider } from '../components/LayoutProvider.js';
import { enterDiscreetScreen } from '../discreet-screen.js';
import { initialCheckinFlow } from './checkin-flow.js';
import { hasUnsavedAnswers, toCheckin } from './checkin-result.js';
import { createCheckinStore } from './checkin-store.js';
import { CheckinFlow, type CheckinFarewell } from './CheckinFlow.js';
import { ledgerForCheckin, MomentsFirst } from '../questions/OwnMoments.js';
import { wallNowFrom } from '../../questions/wall-clock.js';

const SIGNAL_EXIT = { SIGHUP: 129, SIGTERM: 143 } as const;
type ExitSignal = keyof typeof SIGNAL_EXIT;

export interface CheckinOptions {
  /** From --names: two names; one is taken as the first partner's, and the other is asked. */
  names?: string[];
  notesDir: string;
  configDir: string;
  /** Taken like `start` takes it; nothing in the check-in makes a sound. */
  quiet?: boolean;
  /** Lock the check-in with a passphrase (--encrypt, or the encrypt setting). */
  encrypt?: boolean;
}

/** Runs the check-in and resolves with the exit code once the screen is left. */
export async function launchCheckin(options: CheckinOptions): Promise<number> {
  const settings = openSettingsIfPossible(options.configDir);
  const remembered = settings?.read() ?? { names: [], seenSafetyNotice: false };
  const encryption = await keysForNewLock(options.encrypt === true || remembered.encrypt === true);
  if (encryption === null) {
    process.stdout.write('Nothing was started. Check in whenever you like.\n');
    return 0;
  }
  // Moments that hurt, brought here by the one who wrote them, come first.
  const moments = await ledgerForCheckin(options.notesDir, encryption);
  const store = createCheckinStore(
    initialCheckinFlow({
      names: options.names,
      showSafety: !remembered.seenSafetyNotice,
      dateIso: isoWithOffset(new Date()),
    }),
  );
  const save = (checkin: Parameters<typeof saveCheckin>[0]['checkin'], folder?: string) =>
    saveCheckin({
      checkin,
      notesDir: folder ?? options.notesDir,
      ...(encryption ? { encryption } : {}),
    }).path;
  let farewell: CheckinFarewell = { code: 0, message: '' };

  /** On the way out without the screens: whatever was answered goes to disk. Never throws. */
  const keepAnswers = (): string | null => {
    const state = store.getState();
    if (!hasUnsavedAnswers(state)) return null;
    try {
      return save(toCheckin(state, false));
    } catch {
      return null;
    }
  };

  const screen = enterDiscreetScreen();
  const onSignal = (signal: ExitSignal) => {
    keepAnswers();
    moments?.close();
    screen.leave();
    process.exit(SIGNAL_EXIT[signal]);
  };
  const signals = Object.keys(SIGNAL_EXIT) as ExitSignal[];
  for (const signal of signals) process.once(signal, onSignal);

  const app = render(
    <CrashGuard
      onCrash={(error) => {
        const path = keepAnswers();
        farewell = {
          code: 1,
          message: `Something went wrong in talkturn (${error.message}).${
            path ? `\nWhat you typed is saved in ${path}, marked as not finished.` : ''
          }`,
        };
        app.unmount();
      }}
    >
      <LayoutProvider>
        <MomentsFirst file={moments} now={wallNowFrom()} occasion={store.getState().dateIso}>
          <CheckinFlow
            store={store}
            helpLine={remembered.helpLine}
            rememberedNames={remembered.names}
            save={save}
            onNamesChosen={(names) => settings?.update({ names })}
            onSafetyRead={() => settings?.update({ seenSafetyNotice: true })}
            onFarewell={(words) => {
              farewell = words;
            }}
          />
        </MomentsFirst>
      </LayoutProvider>
    </CrashGuard>,
    { exitOnCtrlC: false },
  );
  try {
    await app.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
    moments?.close();
    screen.leave();
  }
  if (farewell.message) process.stdout.write(`${farewell.message}\n`);
  return farewell.code;
}
