import { useState } from 'react';
import { draftKey, promptProgress, type SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Countdown } from '../components/Countdown.js';
import { isPaged, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { words } from '../../words/index.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { progressLabel } from './progress-label.js';
import { INTRO_ROWS, TextStep } from './TextStep.js';

/**
 * A solo free-write: the prompt, a quiet timer, and room to write. At the end of each writing
 * its writer says whether to bring it; Enter alone keeps it private.
 */
export function Write({ state }: { state: SessionState }) {
  const { store, quiet } = useSessionUi();
  const { width, compact } = useLayout();
  const [written, setWritten] = useState<{ key: string; text: string } | null>(null);
  const said = words().write;
  const progress = promptProgress(state);
  const key = draftKey(state);
  if (!progress || !key) return null;
  if (written?.key === key && written.text !== '') {
    return (
      <Screen title={said.title} aside={progressLabel(progress)} commands={['choose', 'quit']}>
        <Paragraph text={said.ask} />
        <Paragraph text={said.kept} color={theme.muted} />
        <ChoiceList
          choices={[
            { label: said.keep, value: false },
            { label: said.bring, value: true },
          ]}
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
      title={said.title}
      aside={progressLabel(progress)}
      draftKey={key}
      stem={said.stem}
      note={words().common.emptyIsFine}
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
            letterKey={false}
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
          upMessage={words().common.timeUp}
        />
      }
      onSubmit={(text) =>
        text === '' ? store.dispatch({ type: 'submit-writing', text }) : setWritten({ key, text })
      }
    />
  );
}
