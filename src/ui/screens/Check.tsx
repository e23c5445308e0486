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
import type { Command } from '../keys.js';
import { wrappedRows } from '../components/Clamped.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { useKeys } from '../hooks/use-keys.js';
import { theme } from '../theme.js';
import { currentTurn } from './current-turn.js';
import { progressLabel } from './progress-label.js';
import { TextStep } from './TextStep.js';

const BASE: Command[] = ['choose', 'back', 'pauseLetter', 'quit'];

const ANSWERS: { label: string; value: CheckAnswer }[] = [
  { label: 'Yes', value: 'yes' },
  { label: "Partly — there's more", value: 'partly' },
  { label: 'Not quite', value: 'not-quite' },
];

/** "Did I get it?": the speaker says whether the reflection caught what they meant. */
export function Check({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const layout = useLayout();
  const { width, compact } = layout;
  // Partly or not quite: the speaker may say in a few words what was missed, before going on.
  const [notYes, setNotYes] = useState<CheckAnswer | null>(null);
  const { drafts } = useSessionUi();
  // Esc: the listener takes the reflection back to change it, its words kept in the draft.
  useKeys(
    (_input, key) => {
      if (!key.escape || state.step.kind !== 'check') return;
      const field = draftKeyFor({ ...state.step, kind: 'reflect' });
      const said = currentTurn(state)?.exchanges.at(-1)?.reflection ?? '';
      if (field && !drafts.get(field)?.text.trim() && said) {
        drafts.set(field, { text: said, cursor: said.length });
      }
      store.dispatch({ type: 'back-to-reflection' });
    },
    { isActive: notYes === null },
  );
  const who = floor(state);
  const progress = promptProgress(state);
  if (!who || !progress || state.step.kind !== 'check' || who.listener === null) return null;
  if (notYes) {
    return (
      <TextStep
        title="Did I get it?"
        aside={progressLabel(progress)}
        draftKey={missedDraftKeyFor(state.step) ?? ''}
        stem="What was missed is…"
        note={`Leaving it empty is fine: ${who.speakerName} will say it out loud on the floor.`}
        intro={
          <Text>
            <PartnerName partner={who.speaker} name={who.speakerName} />
            <Text>, in a few words, what was missed? This goes in your notes.</Text>
          </Text>
        }
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
  const hint = `If it is not yes, ${who.speakerName} has the floor again to add what was missed.`;
  const around = 2 + ANSWERS.length + (compact ? 0 : 1 + wrappedRows(hint, width).length);
  const { commands, rows: reflectionRows } = turn?.offRecord
    ? { commands: BASE, rows: 1 }
    : pagedFit(layout, BASE, reflection, around, 2);
  return (
    <Screen title="Did I get it?" aside={progressLabel(progress)} commands={commands}>
      {turn?.offRecord ? (
        <Text>
          <PartnerName partner={who.listener} name={who.listenerName ?? ''} />
          <Text> said back out loud what they heard. (Off the record: nothing was typed.)</Text>
        </Text>
      ) : (
        <>
          <Text>
            <PartnerName partner={who.listener} name={who.listenerName ?? ''} />
            <Text> heard:</Text>
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
          <Text>, did {who.listenerName} get it?</Text>
        </Text>
        {/* Only the speaker can say whether it was right: Enter alone never answers for them. */}
        <ChoiceList
          choices={ANSWERS}
          initialIndex={null}
          explainEnter={
            compact
              ? `${who.speakerName}, choose: ↑↓ or a number.`
              : `${who.speakerName}, choose your answer: ↑↓ then Enter, or its number. Esc lets ${who.listenerName} change the reflection.`
          }
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
