// Starts talkturn on screen: the flags are already checked; Ink takes over from here.
import { render } from 'ink';
import type { PreparedStart } from '../cli/prepare-start.js';
import { notesDir } from '../config/paths.js';
import { openSettingsIfPossible } from '../config/settings.js';
// The journal only: reading notes back (YAML) loads later, off the path to the first frame.
import { findInterruptedSessions, type InterruptedSession } from '../notes/journal.js';
import { passphraseFromEnv } from '../notes/passphrase-keys.js';
import { readHidden } from '../cli/passphrase-prompt.js';
import { keysForNewLock } from './lock-keys.js';
import { talkturnCommand } from '../invocation.js';
import type { CarriedAgreement } from '../session/index.js';
import { CrashGuard } from './components/CrashGuard.js';
import { enterDiscreetScreen } from './discreet-screen.js';
import { LayoutProvider } from './components/LayoutProvider.js';
import type { SessionKeeper } from './keeper.js';
import {
  openSessionKeeper,
  resumeEncryptedSessionKeeper,
  resumeSessionKeeper,
} from './open-session.js';
import { Root, type Farewell } from './Root.js';
import { followTalk, ledgerForTalk } from './questions/talk-ledger.js';
import { wallNowFrom } from '../questions/wall-clock.js';

const SIGNAL_EXIT = { SIGHUP: 129, SIGTERM: 143 } as const;

export async function launchSession(
  start: PreparedStart,
  mode: 'guided' | 'start' | 'resume',
): Promise<number> {
  const { options } = start;
  const settings = openSettingsIfPossible(start.configDir);
  const remembered = settings?.read() ?? { names: [], seenSafetyNotice: false };
  const folder = notesDir(options.notesDir);
  const all = mode === 'start' ? [] : findInterruptedSessions(folder);
  const found = all.filter((session) => session.ok);
  if (mode === 'resume' && found.length === 0) {
    const damaged = all.find((session) => !session.ok);
    process.stdout.write(
      damaged
        ? `An unfinished session could not be read (${damaged.problem?.message ?? 'it is damaged'}). Its file is kept, untouched, in ${damaged.path}.\n`
        : `There is no unfinished session to carry on with in ${folder}.\n`,
    );
    return damaged ? 1 : 0;
  }
  // Sessions locked with a passphrase are opened here, before the screens, when it is given.
  const unlocked = await unlockSessions(found, { notesDir: folder, quiet: options.quiet });
  const interrupted = found.flatMap((session) =>
    session.encrypted ? (unlocked.get(session.path)?.session ?? []) : [session],
  );
  if (mode === 'resume' && interrupted.length === 0) {
    process.stdout.write('The locked session is kept, safe, for when you have its passphrase.\n');
    return 0;
  }

  // A new session locked with a passphrase: asked now, its keys derived while they read on.
  const encryption = await keysForNewLock(
    mode !== 'resume' && (options.encrypt || remembered.encrypt === true),
  );
  if (encryption === null) {
    process.stdout.write('Nothing was started. Come back whenever you are ready.\n');
    return 0;
  }

  // A talk from the questions: the ledger is opened before the screens (its passphrase too).
  const talk = await ledgerForTalk({
    notesDir: folder,
    deckIds: [
      start.deck?.id,
      ...start.decks.map((d) => d.id),
      ...interrupted.map((s) => s.deck?.id),
    ],
    ...(encryption ? { keys: encryption } : {}),
  });
  if (start.deck?.id === 'your-questions' && !talk?.items.length) {
    process.stdout.write(
      `No questions are open just now. Write one down whenever it comes: ${talkturnCommand('questions')}\n`,
    );
    talk?.file.close();
    return 0;
  }
  const decks = talk ? start.decks : start.decks.filter((d) => d.id !== 'your-questions');
  const sessionKeys = encryption ?? talk?.keys;

  let current = null as SessionKeeper | null;
  const keep = (opened: SessionKeeper) => {
    const keeper = talk ? followTalk(opened, talk.file, wallNowFrom()) : opened;
    current = keeper;
    return keeper;
  };
  let farewell: Farewell = { code: 0, message: '' };

  const screen = enterDiscreetScreen();

  // The terminal was closed or the system asked us to stop: the words go to disk first, before
  // anything touches a terminal that may be gone.
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => {
    current?.close();
    screen.leave();
    process.exit(SIGNAL_EXIT[signal]);
  };
  for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
    process.once(signal, onSignal);
  }
  // A fault outside React's reach (a key handler, a timer): keep the words, say one sentence.
  process.once('uncaughtException', (error) => {
    current?.close();
    screen.leave();
    process.stderr.write(
      `Something went wrong in talkturn (${error.message}).\nEverything typed is saved: run talkturn resume to carry on.\n`,
    );
    process.exit(1);
  });

  const app = render(
    <CrashGuard
      onCrash={(error) => {
        current?.close();
        farewell = {
          code: 1,
          message: `Something went wrong in talkturn (${error.message}).\nEverything typed is saved: run talkturn resume to carry on.`,
        };
        app.unmount();
      }}
    >
      <LayoutProvider>
        <Root
          setup={{
            showSafety: !remembered.seenSafetyNotice,
            helpLine: remembered.helpLine,
            names: options.names,
            rememberedNames: remembered.names,
            deck: start.deck,
            decks,
            ...(talk ? { talk: { items: talk.items, limit: options.rounds ?? 3 } } : {}),
            turnMs: options.turnMs,
            askTurn: mode === 'guided' && options.turnMs === undefined,
          }}
          plan={{
            rounds: options.rounds,
            maxMs: options.maxMs,
            agreements: (names) => earlierAgreements(folder, names),
          }}
          interrupted={interrupted}
          resumeOnly={mode === 'resume'}
          openSession={(config) =>
            keep(
              openSessionKeeper(config, {
                notesDir: folder,
                quiet: options.quiet,
                ...(sessionKeys ? { encryption: sessionKeys } : {}),
              }),
            )
          }
          openResumed={(session) =>
            keep(
              unlocked.get(session.path)?.keeper ??
                resumeSessionKeeper(session.path, { notesDir: folder, quiet: options.quiet })
                  .keeper,
            )
          }
          onSetupDone={(result) =>
            settings?.update({ names: result.names, seenSafetyNotice: true })
          }
          onFarewell={(words) => {
            farewell = words;
          }}
        />
      </LayoutProvider>
    </CrashGuard>,
    { exitOnCtrlC: false },
  );
  try {
    await app.waitUntilExit();
  } finally {
    current?.close();
    for (const { keeper } of unlocked.values()) keeper.close();
    talk?.file.close();
    screen.leave();
  }
  if (farewell.message) process.stdout.write(`${farewell.message}\n`);
  return farewell.code;
}

interface Unlocked {
  session: InterruptedSession;
  keeper: SessionKeeper;
}

/**
 * Opens the unfinished sessions locked with a passphrase, if the person gives it (Enter skips).
 * Each opened one is described by what it holds, as the others are.
 */
async function unlockSessions(
  sessions: InterruptedSession[],
  options: { notesDir: string; quiet: boolean },
): Promise<Map<string, Unlocked>> {
  const unlocked = new Map<string, Unlocked>();
  const locked = sessions.filter((session) => session.encrypted && session.lockedBy === null);
  if (locked.length === 0) return unlocked;
  const passphrase =
    passphraseFromEnv() ??
    (await readHidden(
      'An unfinished session is locked with a passphrase. Type it to carry on, or press Enter to skip: ',
    ));
  if (!passphrase) return unlocked;
  for (const session of locked) {
    try {
      const { keeper, contents } = await resumeEncryptedSessionKeeper(
        session.path,
        passphrase,
        options,
      );
      unlocked.set(session.path, {
        keeper,
        session: {
          ...session,
          partners: [...contents.config.partners],
          deck: { id: contents.config.deck.id, title: contents.config.deck.title },
          startedAtIso: contents.config.startedAtIso,
        },
      });
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return unlocked;
}

/** Open agreements from earlier sessions; a folder that cannot be read just means none. */
async function earlierAgreements(folder: string, names: string[]): Promise<CarriedAgreement[]> {
  try {
    const [{ readNotesFolder }, { agreementsToReview }] = await Promise.all([
      import('../notes/read-notes.js'),
      import('../notes/agreements.js'),
    ]);
    return agreementsToReview(readNotesFolder(folder).notes, names);
  } catch {
    return [];
  }
}
