import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { useState } from 'react';
import {
  floor,
  LOOPS_BEFORE_OFFER,
  notYesCount,
  promptProgress,
  type SessionState,
} from '../../session/index.js';
import { Clamped } from '../components/Clamped.js';
import { Countdown } from '../components/Countdown.js';
import { PartnerName } from '../components/PartnerName.js';
import { Screen } from '../components/Screen.js';
import { LISTENER_ASK, MANY_LOOPS, MANY_LOOPS_SHORT, TIME_UP } from '../copy.js';
import { footerLines } from '../components/Footer.js';
import { layoutText } from '../text-area/layout.js';
import { type Command, isClosingKey, isFeelingKey, isOffRecordKey, isSkipKey } from '../keys.js';
import { FeelingCheck } from './FeelingCheck.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { currentTurn } from './current-turn.js';
import { progressLabel } from './progress-label.js';

type Confirmable = 'skip' | 'closing' | 'off-record' | 'on-record';

const CONFIRMED = {
  skip: 'skip-prompt',
  closing: 'go-to-closing',
  'off-record': 'off-the-record',
  'on-record': 'on-the-record',
} as const;

const ASK_AGAIN: Record<Confirmable, string> = {
  skip: 'Skip this prompt? Press S again to skip it, or any other key to keep talking.',
  closing: 'Go to the closing now? Press F again, or any other key to keep talking.',
  'off-record':
    'Hold this turn off the record, so nothing of it is written down? Press O again, or any other key to keep it.',
  'on-record': 'Put this turn back on the record? Press O again, or any other key to keep it off.',
};

// The same questions, short enough for a small terminal.
const ASK_AGAIN_SHORT: Record<Confirmable, string> = {
  skip: 'Skip this prompt? S again to skip.',
  closing: 'Go to the closing? F again to go.',
  'off-record': 'Off the record? O again to confirm.',
  'on-record': 'Back on the record? O again to confirm.',
};

/** "<Name> has the floor": the prompt, a large countdown, and a line for the listener. */
export function Speak({ state }: { state: SessionState }) {
  const { store, quiet } = useSessionUi();
  const { width, rows, compact } = useLayout();
  const who = floor(state);
  const progress = promptProgress(state);
  // Skipping and closing cannot be undone, and the keyboard sits between two people: a second
  // press confirms, any other key keeps talking.
  // Off the record hides the turn's words, so it is confirmed too, and can be put back the same way.
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [checkingIn, setCheckingIn] = useState(false);
  const offRecordNow = currentTurn(state)?.offRecord === true;
  const canToggleRecord = state.step.kind === 'speak' && state.step.attempt === 0;
  useKeys(
    (input, key) => {
      const asked: Confirmable | null = isSkipKey(input, key)
        ? 'skip'
        : isClosingKey(input, key)
          ? 'closing'
          : isOffRecordKey(input, key) && canToggleRecord
            ? offRecordNow
              ? 'on-record'
              : 'off-record'
            : null;
      if (confirming) {
        if (asked === confirming) store.dispatch({ type: CONFIRMED[confirming] });
        setConfirming(null);
      } else if (asked) setConfirming(asked);
      else if (key.return) store.dispatch({ type: 'end-turn' });
      else if (isFeelingKey(input, key)) setCheckingIn(true);
    },
    { isActive: !checkingIn },
  );
  if (!who || !progress || state.step.kind !== 'speak') return null;
  if (checkingIn) {
    return (
      <FeelingCheck
        names={state.config.partners}
        onBack={() => setCheckingIn(false)}
        onPause={() => {
          store.dispatch({ type: 'pause' });
          store.dispatch({ type: 'set-break', ms: Math.max(state.config.breakMs, 20 * 60_000) });
        }}
      />
    );
  }
  const clarifying = state.step.attempt > 0;
  const offRecord = offRecordNow;
  const prompt = progress.prompt;
  const big = !compact;
  const guidance = [
    prompt.speakerGuidance ? `${who.speakerName}: ${prompt.speakerGuidance}` : null,
    prompt.listenerGuidance && who.listenerName
      ? `${who.listenerName}: ${prompt.listenerGuidance}`
      : null,
    prompt.guidance ?? null,
  ].filter((text): text is string => text !== null);
  const commands: Command[] = clarifying
    ? ['endTurn', 'pauseLetter', 'feeling', 'skip', 'closing', 'quit']
    : [
        'endTurn',
        'pauseLetter',
        'feeling',
        offRecord ? 'onRecord' : 'offRecord',
        'skip',
        'closing',
        'quit',
      ];
  // After a few rounds of "not quite", a gentle way out: nobody has failed.
  const manyLoops = clarifying && notYesCount(state) >= LOOPS_BEFORE_OFFER;
  // What is left of the terminal's height once the fixed parts are drawn, shared by the guidance:
  // title and gaps, name, prompt, countdown with its margins and one notice, listener line,
  // Enter hint, footer (in a small terminal: title, prompt, countdown, notice, listener, footer).
  const fixed =
    (big ? 13 : 6) +
    Math.min(2, layoutText(prompt.title, width).rowStarts.length) +
    footerLines(commands, compact, width).length;
  const spare = Math.max(0, rows - fixed);
  const perGuidance = guidance.length ? Math.floor(spare / guidance.length) : 0;

  return (
    <Screen
      title={`${who.speakerName} has the floor`}
      aside={progressLabel(progress)}
      commands={commands}
    >
      {compact ? null : <PartnerName partner={who.speaker} name={who.speakerName} />}
      <Clamped
        text={clarifying ? `Say what was missed about: ${prompt.title}` : prompt.title}
        width={width}
        maxRows={2}
        bold
      />
      {perGuidance > 0
        ? guidance.map((text) => (
            <Clamped
              key={text}
              text={text}
              width={width}
              maxRows={perGuidance}
              color={theme.muted}
            />
          ))
        : null}
      <Box marginY={big ? 1 : 0}>
        <Countdown state={state} clock={store.clock} big={big} quiet={quiet} upMessage={TIME_UP} />
      </Box>
      {who.listenerName !== null && who.listener !== null ? (
        <Text>
          <PartnerName partner={who.listener} name={who.listenerName} />
          <Text>: {LISTENER_ASK}</Text>
        </Text>
      ) : null}
      {compact ? null : (
        <Text color={theme.muted}>
          {who.speakerName}, press Enter when you have finished speaking.
        </Text>
      )}
      {offRecord ? (
        <Text color={theme.calm}>
          Off the record: nothing of this turn will be written down
          {clarifying ? '.' : ' (O puts it back).'}
        </Text>
      ) : null}
      {manyLoops && !confirming ? (
        <Text color={theme.calm}>{compact ? MANY_LOOPS_SHORT : MANY_LOOPS}</Text>
      ) : null}
      {confirming ? (
        <Text color={theme.notice}>{(compact ? ASK_AGAIN_SHORT : ASK_AGAIN)[confirming]}</Text>
      ) : null}
    </Screen>
  );
}
