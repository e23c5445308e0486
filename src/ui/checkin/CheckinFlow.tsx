import { Text, useApp } from 'ink';
import { useCallback, useEffect } from 'react';
import type { Checkin } from '../../notes/index.js';
import { GlobalCommands, useCommands } from '../commands/index.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { NameStep } from '../setup/NameStep.js';
import { SafetyNotice } from '../setup/SafetyNotice.js';
import { CheckinSaved } from './CheckinSaved.js';
import { SaveFailed } from '../screens/SaveFailed.js';
import { previousStep } from './checkin-flow.js';
import { hasAnswers, toCheckin } from './checkin-result.js';
import type { CheckinStore } from './checkin-store.js';
import { NumberStep } from './NumberStep.js';
import { QuestionStep } from './QuestionStep.js';
import { useCheckinState } from './use-checkin-state.js';

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
}

const NOTHING_SAVED = 'Nothing was saved. Check in whenever you like.';
const NOT_SAVED = 'Your check-in was not saved.';

/**
 * The daily check-in: names if needed, then for each partner in turn three questions and their
 * own number, then the note saved. Ctrl+C saves whatever was answered, marked as not finished.
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
      return leave({ code: 0, message: `Your check-in is in ${current.path}` });
    }
    if (current.screen === 'failed') return leave({ code: 1, message: NOT_SAVED });
    if (!hasAnswers(now)) return leave({ code: 0, message: NOTHING_SAVED });
    const finished = current.screen === 'saving' && current.finished;
    const path = saveNow(finished, current.screen === 'saving' ? current.folder : undefined);
    if (path) {
      leave({
        code: 0,
        message: finished
          ? `Your check-in is in ${path}`
          : `What you typed is saved in ${path}, marked as not finished.`,
      });
    }
  };

  // Esc goes back one question, on the screens that have one before them.
  const back = previousStep(state) !== null ? () => store.dispatch({ type: 'back' }) : undefined;
  return <GlobalCommands commands={[{ command: 'quit', run: quit }]}>{screen()}</GlobalCommands>;

  function screen() {
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
          ask={
            step.index === 0
              ? 'The first partner: what is your name?'
              : 'And the second partner: what is your name?'
          }
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
          onClose={() => leave({ code: 0, message: `Your check-in is in ${step.path}` })}
        />
      );
    }
    if (step.screen === 'failed') {
      return (
        <SaveFailed
          title="The check-in is not saved yet"
          quitLabel="Leave without saving"
          message={step.message}
          onRetry={(folder) => store.dispatch({ type: 'retry', folder })}
          onQuit={() => leave({ code: 1, message: NOT_SAVED })}
        />
      );
    }
    return <Saving />;
  }
}

function Saving() {
  const commands = useCommands([]);
  return (
    <Screen title="Saving your check-in" commands={commands}>
      <Text>One moment…</Text>
    </Screen>
  );
}
