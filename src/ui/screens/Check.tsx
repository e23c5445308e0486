import { Box, Text } from 'ink';
import { useState } from 'react';
import {
  draftKeyFor,
  floor,
  missedDraftKeyFor,
  promptProgress,
  type CheckAnswer,
  type SessionState,
} from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { pagedFit, PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { wrappedRows } from '../components/Clamped.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { useCommands } from '../commands/index.js';
import { theme } from '../theme.js';
import { currentTurn } from './current-turn.js';
import { progressLabel } from './progress-label.js';
import { TextStep } from './TextStep.js';
import { words } from '../../words/index.js';

function answers(): { label: string; value: CheckAnswer }[] {
  const said = words().check;
  return [
    { label: said.yes, value: 'yes' },
    { label: said.partly, value: 'partly' },
    { label: said.notQuite, value: 'not-quite' },
  ];
}

/** "Did I get it?": the speaker says whether the reflection caught what they meant. */
export function Check({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const layout = useLayout();
  const { width, compact } = layout;
  // Partly or not quite: the speaker may say in a few words what was missed, before going on.
  const [notYes, setNotYes] = useState<CheckAnswer | null>(null);
  const { drafts } = useSessionUi();
  // Esc: the listener takes the reflection back to change it, its words kept in the draft.
  const back = () => {
    if (state.step.kind !== 'check') return;
    const field = draftKeyFor({ ...state.step, kind: 'reflect' });
    const said = currentTurn(state)?.exchanges.at(-1)?.reflection ?? '';
    if (field && !drafts.get(field)?.text.trim() && said) {
      drafts.set(field, { text: said, cursor: said.length });
    }
    store.dispatch({ type: 'back-to-reflection' });
  };
  // While the speaker types what was missed, that screen's own commands answer the keys.
  const base = useCommands([{ command: 'choose' }, { command: 'back', run: back }], {
    isActive: notYes === null,
  });
  const who = floor(state);
  const progress = promptProgress(state);
  if (!who || !progress || state.step.kind !== 'check' || who.listener === null) return null;
  const said = words().check;
  if (notYes) {
    return (
      <TextStep
        title={said.title}
        aside={progressLabel(progress)}
        draftKey={missedDraftKeyFor(state.step) ?? ''}
        stem={said.missedStem}
        note={said.missedNote(who.speakerName)}
        ask={{ partner: who.speaker, name: who.speakerName, text: said.missedAsk }}
        onSubmit={(missing) =>
          store.dispatch({ type: 'answer', answer: notYes, ...(missing ? { missing } : {}) })
        }
        onBack={() => {
          setNotYes(null);
          return undefined;
        }}
      />
    );
  }
  const turn = currentTurn(state);
  const reflection = turn?.exchanges.at(-1)?.reflection ?? '';
  // The whole reflection can be read before it is judged: what does not fit is a page away (M).
  const hint = said.notYesHint(who.speakerName);
  const choices = answers();
  const explain = compact
    ? said.chooseShort(who.speakerName)
    : said.choose(who.speakerName, who.listenerName ?? '');
  // Where there is room, the rows of how to choose (said after Enter with nothing chosen) are
  // kept free too, so that line is read whole; on a small terminal the frame pages it (M).
  const around =
    2 +
    choices.length +
    (compact ? 0 : 1 + wrappedRows(hint, width).length + wrappedRows(explain, width).length);
  const { commands, rows: reflectionRows } = turn?.offRecord
    ? { commands: base, rows: 1 }
    : pagedFit(layout, base, reflection, around, 2);
  return (
    <Screen title={said.title} aside={progressLabel(progress)} commands={commands}>
      {turn?.offRecord ? (
        <Text>
          <PartnerName partner={who.listener} name={who.listenerName ?? ''} />
          <Text>{said.saidOutLoud}</Text>
        </Text>
      ) : (
        <>
          <Text>
            <PartnerName partner={who.listener} name={who.listenerName ?? ''} />
            <Text>{said.heard}</Text>
          </Text>
          <PagedText
            key={reflection}
            text={reflection}
            width={width}
            indent={2}
            color={theme.calm}
            rows={reflectionRows}
          />
        </>
      )}
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        <Text>
          <PartnerName partner={who.speaker} name={who.speakerName} />
          <Text>{said.didGetIt(who.listenerName ?? '')}</Text>
        </Text>
        {/* Only the speaker can say whether it was right: Enter alone never answers for them. */}
        <ChoiceList
          choices={choices}
          initialIndex={null}
          explainEnter={explain}
          onSelect={(answer) =>
            answer === 'yes' || currentTurn(state)?.offRecord
              ? store.dispatch({ type: 'answer', answer })
              : setNotYes(answer)
          }
        />
        {compact ? null : <Paragraph text={hint} color={theme.muted} />}
      </Box>
    </Screen>
  );
}
