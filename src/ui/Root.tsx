import { Box, Text, useApp } from 'ink';
import { useCallback, useState } from 'react';
import {
  isoWithOffset,
  type CarriedAgreement,
  type SessionConfig,
  type SessionState,
} from '../session/index.js';
import { App } from './App.js';
import { useLayout } from './layout.js';
import type { OpenSession, SessionKeeper } from './keeper.js';
import { GlobalCommands } from './commands/index.js';
import { theme } from './theme.js';
import { SaveFailed } from './screens/SaveFailed.js';
import { Saved } from './screens/Saved.js';
import { SessionUiContext } from './session-context.js';
import { ResumeChoice } from './setup/ResumeChoice.js';
import { Setup, type SetupProps, type SetupResult } from './setup/Setup.js';
import type { InterruptedSession } from '../notes/index.js';

const MINUTE = 60_000;

export interface SessionPlan {
  rounds?: number;
  /** Open agreements from earlier sessions with the same two partners. */
  agreements?: (names: string[]) => Promise<CarriedAgreement[]>;
  maxMs?: number;
  breakMs?: number;
}

import type { Farewell } from './farewell.js';
import { language, words } from '../words/index.js';

export type { Farewell };

interface RootProps {
  setup: Omit<SetupProps, 'onDone' | 'width'>;
  plan: SessionPlan;
  openSession: OpenSession;
  /** Unfinished sessions to offer before the set-up. */
  interrupted: InterruptedSession[];
  /** Rebuilds an unfinished session from its journal; throws a NotesError when it cannot. */
  openResumed: (session: InterruptedSession) => SessionKeeper;
  /** `talkturn resume`: only the unfinished sessions, no new one. */
  resumeOnly?: boolean;
  onSetupDone?: (result: SetupResult) => void;
  /** Called once, just before the interface closes, with the words to print after it. */
  onFarewell: (farewell: Farewell) => void;
}

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; message: string } | null;

/** Set-up, then the session, then its notes saved: the whole life of one run. */
export function Root(props: RootProps) {
  const {
    setup,
    plan,
    openSession,
    interrupted,
    openResumed,
    resumeOnly,
    onSetupDone,
    onFarewell,
  } = props;
  const { exit } = useApp();
  const { width } = useLayout();
  const [keeper, setKeeper] = useState<SessionKeeper | undefined>();
  const [offerResume, setOfferResume] = useState(interrupted.length > 0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Quitting found that nothing can be written: the words said plainly, the session still open.
  const [unsaved, setUnsaved] = useState<string | null>(null);

  const leave = useCallback(
    (farewell: Farewell) => {
      onFarewell(farewell);
      exit();
    },
    [exit, onFarewell],
  );

  const quit = useCallback(() => {
    if (!keeper) return leave({ code: 0, message: words().farewell.nothingStarted });
    if (outcome?.kind === 'saved')
      return leave({ code: 0, message: words().farewell.notesIn(outcome.path) });
    const kept = keeper.close();
    // Nothing could be written anywhere: stay open, and say the words are only on screen.
    if (!kept.safe) return setUnsaved(kept.words);
    setUnsaved(null);
    leave({ code: 0, message: kept.words });
  }, [keeper, outcome, leave]);

  const startSession = useCallback(
    (result: SetupResult) => {
      onSetupDone?.(result);
      const earlier =
        result.deck.solo || !plan.agreements ? Promise.resolve([]) : plan.agreements(result.names);
      void earlier.then((agreements) =>
        setKeeper(openSession(sessionConfig(result, plan, agreements))),
      );
    },
    [openSession, plan, onSetupDone],
  );

  const save = useCallback(
    (state: SessionState, folder?: string) => {
      if (!keeper) return;
      keeper.save(state, folder).then(
        (path) => setOutcome({ kind: 'saved', path }),
        (error: unknown) =>
          setOutcome({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    },
    [keeper],
  );

  const content = (() => {
    if (!keeper && offerResume) {
      return (
        <ResumeChoice
          sessions={interrupted}
          width={width}
          other={resumeOnly ? 'leave' : 'new'}
          onResume={(session) => {
            try {
              setKeeper(openResumed(session));
              return null;
            } catch (error) {
              return error instanceof Error ? error.message : String(error);
            }
          }}
          onOther={() =>
            resumeOnly
              ? leave({
                  code: 0,
                  message: words().farewell.unfinishedKept,
                })
              : setOfferResume(false)
          }
        />
      );
    }
    if (!keeper) return <Setup {...setup} width={width} onDone={startSession} />;
    if (outcome?.kind === 'saved') {
      return (
        <Saved
          path={outcome.path}
          solo={keeper.store.getState().config.partners.length === 1}
          onClose={() => leave({ code: 0, message: words().farewell.notesIn(outcome.path) })}
        />
      );
    }
    if (outcome?.kind === 'failed') {
      return (
        <SaveFailed
          message={outcome.message}
          onRetry={(folder) => {
            setOutcome(null);
            save(keeper.store.getState(), folder);
          }}
          onQuit={quit}
        />
      );
    }
    return (
      <SessionUiContext.Provider value={keeper}>
        <App onDone={save} />
      </SessionUiContext.Provider>
    );
  })();

  // Quick-hide (Ctrl+L) is the full-screen runner's, for every command alike; Ctrl+C is this one's.
  return (
    <GlobalCommands commands={[{ command: 'quit', run: quit }]}>
      {unsaved ? (
        <Box flexDirection="column">
          <Text color={theme.problem}>{unsaved}</Text>
          {content}
        </Box>
      ) : (
        content
      )}
    </GlobalCommands>
  );
}

export function sessionConfig(
  result: SetupResult,
  plan: SessionPlan,
  agreements: CarriedAgreement[] = [],
): SessionConfig {
  const { deck } = result;
  const prompts = plan.rounds ? deck.prompts.slice(0, plan.rounds) : deck.prompts;
  const partners = (
    deck.solo ? result.names.slice(0, 1) : result.names.slice(0, 2)
  ) as SessionConfig['partners'];
  return {
    partners,
    deck: { id: deck.id, title: deck.title, solo: deck.solo },
    prompts,
    options: deck.options,
    turnMs: result.turnMs,
    maxMs: plan.maxMs ?? deck.maxMs ?? 45 * MINUTE,
    ...(result.repairing === undefined ? {} : { repairing: result.repairing }),
    ...(agreements.length ? { agreements } : {}),
    breakMs: plan.breakMs ?? 20 * MINUTE,
    startedAtIso: isoWithOffset(new Date()),
    // Kept in the autosave: resumed anywhere, the talk and its notes stay in this language.
    language: language(),
  };
}
