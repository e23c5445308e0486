// Starts talkturn on screen: the flags are already checked; Ink takes over from here.
import type { PreparedStart } from './prepare-start.js';
import { notesDir } from '../config/paths.js';
import {
  forLockedSession,
  NOTHING_REMEMBERED,
  openSettingsIfPossible,
} from '../config/settings.js';
// The journal only: reading notes back (YAML) loads later, off the path to the first frame.
import { languageOf, type InterruptedSession } from '../notes/journal.js';
import { findUnfinishedSessions, rescueDirs } from '../notes/rescue.js';
import { passphraseFromEnv } from '../notes/passphrase-keys.js';
import { readHidden } from './passphrase-prompt.js';
import { keysForNewLock } from './lock-keys.js';
import type { CarriedAgreement } from '../session/index.js';
import type { SessionKeeper } from '../ui/keeper.js';
import {
  openSessionKeeper,
  resumeEncryptedSessionKeeper,
  resumeSessionKeeper,
} from '../ui/open-session.js';
import { Root } from '../ui/Root.js';
import { runFullScreen } from './full-screen.js';
import { speakSessionsLanguage } from './session-language.js';
import { followTalk } from '../ui/questions/talk-ledger.js';
import { ledgerForTalk } from './talk-ledger.js';
import { wallNowFrom } from '../questions/wall-clock.js';
import { YOUR_QUESTIONS_ID } from '../questions/talk.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';

export async function launchSession(
  start: PreparedStart,
  mode: 'guided' | 'start' | 'resume',
): Promise<number> {
  const { options } = start;
  const settings = openSettingsIfPossible(start.configDir);
  const remembered = settings?.read() ?? NOTHING_REMEMBERED;
  const folder = notesDir(options.notesDir);
  const rescue = rescueDirs(start.configDir);
  const all = mode === 'start' ? [] : findUnfinishedSessions(folder, rescue);
  const found = all.filter((session) => session.ok);
  if (mode === 'resume' && found.length === 0) {
    const damaged = all.find((session) => !session.ok);
    process.stdout.write(
      damaged
        ? words().farewell.damagedKept(
            damaged.problem?.message ?? words().farewell.damaged,
            damaged.path,
          )
        : words().farewell.noneToResume(folder),
    );
    return damaged ? 1 : 0;
  }
  // Sessions locked with a passphrase are opened here, before the screens, when it is given.
  const unlocked = await unlockSessions(found, {
    notesDir: folder,
    quiet: options.quiet,
    rescueDirs: rescue,
  });
  const interrupted = found.flatMap((session) =>
    session.encrypted ? (unlocked.get(session.path)?.session ?? []) : [session],
  );
  if (mode === 'resume' && interrupted.length === 0) {
    process.stdout.write(words().farewell.lockedKept);
    return 0;
  }
  // `talkturn resume` speaks the sessions' own language from its first screen.
  if (mode === 'resume') speakSessionsLanguage(interrupted);

  // A new session locked with a passphrase: asked now, its keys derived while they read on.
  const encryption = await keysForNewLock(
    mode !== 'resume' && (options.encrypt || remembered.encrypt === true),
  );
  if (encryption === null) {
    process.stdout.write(`${words().farewell.nothingStarted}\n`);
    return 0;
  }
  // Locked: the names typed are not remembered in plaintext either.
  const kept = encryption ? forLockedSession(settings) : settings;

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
  if (start.deck?.id === YOUR_QUESTIONS_ID && !talk?.items.length) {
    process.stdout.write(words().farewell.noQuestions(talkturnCommand('questions')));
    talk?.file.close();
    return 0;
  }
  const decks = talk ? start.decks : start.decks.filter((d) => d.id !== YOUR_QUESTIONS_ID);
  // A talk from a locked ledger is locked too.
  const sessionKeys = encryption ?? talk?.keys;

  let current = null as SessionKeeper | null;
  const keep = (opened: SessionKeeper) => {
    const keeper = talk ? followTalk(opened, talk.file, wallNowFrom()) : opened;
    current = keeper;
    return keeper;
  };

  return runFullScreen({
    keep: () => (current ? current.close({ force: true }).words : null),
    cleanUp: () => {
      current?.close({ force: true });
      for (const { keeper } of unlocked.values()) keeper.close({ force: true });
      talk?.file.close();
    },
    screens: (farewell) => (
      <Root
        setup={{
          showSafety: !remembered.seenSafetyNotice,
          helpLine: remembered.helpLine,
          names: options.names,
          rememberedNames: encryption ? [] : remembered.names,
          deck: start.deck,
          decks,
          ...(talk ? { talk: { items: talk.items, limit: options.rounds ?? 3 } } : {}),
          turnMs: options.turnMs,
          askTurn: mode === 'guided' && options.turnMs === undefined,
          ...(start.decksByLanguage
            ? {
                languages: {
                  decks: start.decksByLanguage,
                  onChoose: (language) => kept?.update({ language }),
                },
              }
            : {}),
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
              rescueDirs: rescue,
              ...(sessionKeys ? { encryption: sessionKeys } : {}),
            }),
          )
        }
        openResumed={(session) => {
          // The session chosen goes on in its own language (its notes too).
          speakSessionsLanguage([session]);
          return keep(
            unlocked.get(session.path)?.keeper ??
              resumeSessionKeeper(session.path, {
                notesDir: folder,
                quiet: options.quiet,
                rescueDirs: rescue,
              }).keeper,
          );
        }}
        onSetupDone={(result) => kept?.update({ names: result.names, seenSafetyNotice: true })}
        onFarewell={farewell}
      />
    ),
  });
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
  options: { notesDir: string; quiet: boolean; rescueDirs: readonly string[] },
): Promise<Map<string, Unlocked>> {
  const unlocked = new Map<string, Unlocked>();
  const locked = sessions.filter((session) => session.encrypted && session.lockedBy === null);
  if (locked.length === 0) return unlocked;
  const passphrase = passphraseFromEnv() ?? (await readHidden(words().farewell.lockedAsk));
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
          ...languageOf(contents.config),
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
