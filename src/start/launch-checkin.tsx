// Starts the daily check-in on screen. Like a session, it runs on the discreet alternate screen,
// and words typed are saved (marked as not finished) if the terminal is closed or a screen fails.
import {
  forLockedSession,
  NOTHING_REMEMBERED,
  openSettingsIfPossible,
} from '../config/settings.js';
import { createCheckinDraft, rescueCheckinDrafts, saveCheckin } from '../notes/index.js';
import { keysForNewLock } from './lock-keys.js';
import { isoWithOffset } from '../session/index.js';
import { runFullScreen } from './full-screen.js';
import { initialCheckinFlow } from '../ui/checkin/checkin-flow.js';
import { hasUnsavedAnswers, toCheckin } from '../ui/checkin/checkin-result.js';
import { createCheckinStore } from '../ui/checkin/checkin-store.js';
import { CheckinFlow } from '../ui/checkin/CheckinFlow.js';
import { ledgerForCheckin, MomentsFirst } from '../ui/questions/OwnMoments.js';
import { wallNowFrom } from '../questions/wall-clock.js';
import { words } from '../words/index.js';

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
  const remembered = settings?.read() ?? NOTHING_REMEMBERED;
  const encryption = await keysForNewLock(options.encrypt === true || remembered.encrypt === true);
  if (encryption === null) {
    process.stdout.write(words().checkin.nothingStarted);
    return 0;
  }
  // Locked: the names typed are not remembered in plaintext either.
  const kept = encryption ? forLockedSession(settings) : settings;
  // Moments that hurt, brought here by the one who wrote them, come first.
  const moments = await ledgerForCheckin(options.notesDir, encryption);
  // A check-in killed before it saved left its answers in a draft: they become its note now.
  if (!encryption) {
    for (const file of rescueCheckinDrafts(options.notesDir)) {
      process.stdout.write(`${words().farewell.checkinRescued(file)}\n`);
    }
  }
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
  // Answers on disk as they are typed (a kill -9 loses at most the last second), until the note
  // is saved. Locked, nothing is kept but the sealed note.
  const draft = encryption ? null : createCheckinDraft(options.notesDir);
  store.subscribe(() => {
    const state = store.getState();
    if (state.step.screen === 'saved') draft?.remove();
    else if (hasUnsavedAnswers(state)) draft?.keep(toCheckin(state, false));
  });
  /** On the way out without the screens: whatever was answered goes to disk. Never throws. */
  const keepAnswers = (): string | null => {
    moments?.flush();
    const state = store.getState();
    if (!hasUnsavedAnswers(state)) return null;
    try {
      const said = words().checkin.partlySaved(save(toCheckin(state, false)));
      draft?.remove();
      return said;
    } catch (error) {
      draft?.flush();
      return words().checkin.couldNotSave(error instanceof Error ? error.message : String(error));
    }
  };

  return runFullScreen({
    keep: keepAnswers,
    cleanUp: () => moments?.close(),
    screens: (farewell) => (
      <MomentsFirst file={moments} now={wallNowFrom()} occasion={store.getState().dateIso}>
        <CheckinFlow
          store={store}
          helpLine={remembered.helpLine}
          rememberedNames={encryption ? [] : remembered.names}
          save={save}
          onNamesChosen={(names) => kept?.update({ names })}
          onSafetyRead={() => kept?.update({ seenSafetyNotice: true })}
          onFarewell={farewell}
        />
      </MomentsFirst>
    ),
  });
}
