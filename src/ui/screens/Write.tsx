import { Text } from 'ink';
import { useState } from 'react';
import { draftKey, promptProgress, type SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Countdown } from '../components/Countdown.js';
import { Screen } from '../components/Screen.js';
import { EMPTY_IS_FINE, TIME_UP } from '../copy.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { progressLabel } from './progress-label.js';
import { TextStep } from './TextStep.js';

const KEEP_OR_BRING = [
  { label: 'Keep it for me: it stays in my notes only', value: false },
  { label: 'Bring it: history and exports may show it', value: true },
];

/**
 * A solo free-write: the prompt, a quiet timer, and room to write. At the end of each writing
 * its writer says whether to bring it; Enter alone keeps it private.
 */
export function Write({ state }: { state: SessionState }) {
  const { store, quiet } = useSessionUi();
  const [written, setWritten] = useState<{ key: string; text: string } | null>(null);
  const progress = promptProgress(state);
  const key = draftKey(state);
  if (!progress || !key) return null;
  if (written?.key === key && written.text !== '') {
    return (
      <Screen title="Time to write" aside={progressLabel(progress)} commands={['choose', 'quit']}>
        <Text>This writing is for you first. Would you like to bring it?</Text>
        <Text color={theme.muted}>
          Kept for you, it is in this session&apos;s notes and nowhere else: not in talkturn
          history, not in any export.
        </Text>
        <ChoiceList
          choices={KEEP_OR_BRING}
          onSelect={(bring) =>
            store.dispatch({
              type: 'submit-writing',
              text: written.text,
              ...(bring ? { bring } : {}),
            })
          }
        />
      </Screen>
    );
  }
  return (
    <TextStep
      key={key}
      title="Time to write"
      aside={progressLabel(progress)}
      draftKey={key}
      stem="What is true for me is…"
      note={EMPTY_IS_FINE}
      intro={<Text bold>{progress.prompt.title}</Text>}
      context={
        progress.prompt.guidance ? (
          <Text color={theme.muted}>{progress.prompt.guidance}</Text>
        ) : null
      }
      above={
        <Countdown
          state={state}
          clock={store.clock}
          big={false}
          quiet={quiet}
          upMessage={TIME_UP}
        />
      }
      onSubmit={(text) =>
        text === '' ? store.dispatch({ type: 'submit-writing', text }) : setWritten({ key, text })
      }
    />
  );
}
