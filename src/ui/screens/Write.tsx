import { useState } from 'react';
import { draftKey, promptProgress, type SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Countdown } from '../components/Countdown.js';
import { isPaged, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { EMPTY_IS_FINE, TIME_UP } from '../copy.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { progressLabel } from './progress-label.js';
import { INTRO_ROWS, TextStep } from './TextStep.js';

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
  const { width, compact } = useLayout();
  const [written, setWritten] = useState<{ key: string; text: string } | null>(null);
  const progress = promptProgress(state);
  const key = draftKey(state);
  const choosing = written?.key === key && written.text !== '';
  // Only the choice to keep or bring is this screen's; the writing is TextStep's.
  const commands = useCommands([{ command: 'choose' }], { isActive: choosing });
  if (!progress || !key) return null;
  if (choosing) {
    return (
      <Screen title="Time to write" aside={progressLabel(progress)} commands={commands}>
        <Paragraph text="This writing is for you first. Would you like to bring it?" />
        <Paragraph
          text="Kept for you, it is in this session's notes and nowhere else: not in talkturn history, not in any export."
          color={theme.muted}
        />
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
  const { title, guidance } = progress.prompt;
  // A small terminal pages the prompt and its guidance in the intro's rows, with Page Down.
  const paged = compact && isPaged(`${title}\n${guidance ?? ''}`, width, INTRO_ROWS);
  return (
    <TextStep
      key={key}
      title="Time to write"
      aside={progressLabel(progress)}
      draftKey={key}
      stem="What is true for me is…"
      note={EMPTY_IS_FINE}
      paged={paged}
      intro={
        compact ? (
          <PagedText
            key={key}
            heading={title}
            text={guidance ?? ''}
            width={width}
            rows={INTRO_ROWS}
            color={theme.muted}
          />
        ) : (
          <Paragraph text={title} bold />
        )
      }
      context={guidance ? <Paragraph text={guidance} color={theme.muted} /> : null}
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
