import { Text, useApp } from 'ink';
import { useCallback, useEffect } from 'react';
import type { Checkin } from '../../notes/index.js';
import type { Clock } from '../../session/index.js';
import { systemClock } from '../../session/clock.js';
import { GlobalCommands, useCommands } from '../commands/index.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { NameStep } from '../setup/NameStep.js';
import { SafetyNotice } from '../setup/SafetyNotice.js';
import { CheckinSaved } from './CheckinSaved.js';
import { SaveFailed } from '../screens/SaveFailed.js';
import { CheckinPaused } from './CheckinPaused.js';
import { canPause, previousStep } from './checkin-flow.js';
import { hasAnswers, toCheckin } from './checkin-result.js';
import type { CheckinStore } from './checkin-store.js';
import { NumberStep } from './NumberStep.js';
import { QuestionStep } from './QuestionStep.js';
import { useCheckinState } from './use-checkin-state.js';
import { words } from '../../words/index.js';

export interface CheckinFarewell {
  code: number;
  /** Printed after the screen is left: where the note is, or that nothing was saved. */
  message: string;
}

export interface CheckinFlowProps {
  store: CheckinStore;
  helpLine?: string;
  /** From earlier runs: offered in the name questions, to take with Enter. */
  rememberedNames: readonly string[];
  /** Writes the check-in and returns where; throws a sentence the screen can show. */
  save: (checkin: Checkin, folder?: string) => string;
  onNamesChosen?: (names: string[]) => void;
  onSafetyRead?: () => void;
  onFarewell: (farewell: CheckinFarewell) => void;
  /** The pause's slow breath follows it; a fake one in tests. */
  clock?: Clock;
}

/**
 * The daily check-in: names if needed, then for each partner in turn three questions and their
 * own number, then the note saved. Ctrl+C saves whatever was answered, marked as not finished;
 * Ctrl+P (or P where nothing is typed) pauses on every screen that asks something.
 */
export function CheckinFlow(props: CheckinFlowProps) {
  const { store, save, onFarewell } = props;
  const state = useCheckinState(store);
  const { step, names } = state;
  const { width } = useLayout();
  const { exit } = useApp();

  const leave = useCallback(
    (farewell: CheckinFarewell) => {
      onFarewell(farewell);
      exit();
    },
    [exit, onFarewell],
  );

  const saveNow = useCallback(
    (finished: boolean, folder?: string): string | null => {
      try {
        const path = save(toCheckin(store.getState(), finished), folder);
        store.dispatch({ type: 'saved', path });
        return path;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        store.dispatch({ type: 'saveFailed', message, finished });
        return null;
      }
    },
    [save, store],
  );

  useEffect(() => {
    if (step.screen === 'saving') saveNow(step.finished, step.folder);
  }, [step, saveNow]);

  const quit = () => {
    const now = store.getState();
    const current = now.step;
    if (current.screen === 'saved') {
      return leave({ code: 0, message: words().checkin.isIn(current.path) });
    }
    if (current.screen === 'failed') return leave({ code: 1, message: words().checkin.notSaved });
    if (!hasAnswers(now)) return leave({ code: 0, message: words().checkin.nothingSaved });
    const finished = current.screen === 'saving' && current.finished;
    const path = saveNow(finished, current.screen === 'saving' ? current.folder : undefined);
    if (path) {
      leave({
        code: 0,
        message: finished ? words().checkin.isIn(path) : words().checkin.partlySaved(path),
      });
    }
  };

  // Esc goes back one question, on the screens that have one before them.
  const back = previousStep(state) !== null ? () => store.dispatch({ type: 'back' }) : undefined;
  const pause = () => store.dispatch({ type: 'pause' });
  return (
    <GlobalCommands
      commands={[
        { command: 'quit', run: quit },
        { command: 'pause', when: canPause(step) && !state.paused, run: pause },
      ]}
    >
      {screen()}
    </GlobalCommands>
  );

  function screen() {
    if (state.paused) {
      // The step waits under the pause: what was typed is in the store, and comes back with it.
      return (
        <CheckinPaused
          clock={props.clock ?? systemClock}
          onGoOn={() => store.dispatch({ type: 'goOn' })}
        />
      );
    }
    if (step.screen === 'safety') {
      return (
        <SafetyNotice
          width={width}
          helpLine={props.helpLine}
          onContinue={() => {
            store.dispatch({ type: 'safetyRead' });
            props.onSafetyRead?.();
          }}
        />
      );
    }
    if (step.screen === 'name') {
      return (
        <NameStep
          key={step.index}
          ask={step.index === 0 ? words().setup.firstName : words().setup.secondName}
          initial={names[step.index] ?? props.rememberedNames[step.index] ?? ''}
          taken={step.index === 1 ? names[0] : undefined}
          onBack={back}
          width={width}
          onDone={(name) => {
            store.dispatch({ type: 'named', name });
            const after = store.getState();
            if (after.step.screen === 'question') props.onNamesChosen?.(after.names);
          }}
        />
      );
    }
    if (step.screen === 'question') {
      return (
        <QuestionStep
          key={`${step.partner}-${step.question}`}
          partner={step.partner}
          name={names[step.partner] ?? ''}
          question={step.question}
          initial={state.drafts[step.partner][step.question]}
          onBack={back}
          onChange={(text) => store.dispatch({ type: 'typed', text })}
          onSubmit={(text) => store.dispatch({ type: 'answered', text })}
        />
      );
    }
    if (step.screen === 'number') {
      return (
        <NumberStep
          key={step.partner}
          partner={step.partner}
          name={names[step.partner] ?? ''}
          initial={state.drafts[step.partner].safeAndClose}
          onBack={back}
          onChoose={(value) => store.dispatch({ type: 'chose', value })}
        />
      );
    }
    if (step.screen === 'saved') {
      return (
        <CheckinSaved
          path={step.path}
          onClose={() => leave({ code: 0, message: words().checkin.isIn(step.path) })}
        />
      );
    }
    if (step.screen === 'failed') {
      return (
        <SaveFailed
          title={words().checkin.notSavedYet}
          quitLabel={words().checkin.leaveWithoutSaving}
          message={step.message}
          onRetry={(folder) => store.dispatch({ type: 'retry', folder })}
          onQuit={() => leave({ code: 1, message: words().checkin.notSaved })}
        />
      );
    }
    return <Saving />;
  }
}

function Saving() {
  const commands = useCommands([]);
  return (
    <Screen title={words().checkin.saving} commands={commands}>
      <Text>{words().checkin.oneMoment}</Text>
    </Screen>
  );
}
