import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { useState } from 'react';
import {
  floor,
  LOOPS_BEFORE_OFFER,
  notYesCount,
  promptProgress,
  sessionNearEnd,
  type SessionState,
} from '../../session/index.js';
import { PagedText } from '../components/PagedText.js';
import { Countdown } from '../components/Countdown.js';
import { PartnerName } from '../components/PartnerName.js';
import { Paragraph } from '../components/Paragraph.js';
import { frameCommands, Screen } from '../components/Screen.js';
import { words } from '../../words/index.js';
import { type Command, isClosingKey, isFeelingKey, isOffRecordKey, isSkipKey } from '../keys.js';
import { floorLayout, rowsOf } from './floor-layout.js';
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

/** "<Name> has the floor": the prompt, a large countdown, and a line for the listener. */
export function Speak({ state }: { state: SessionState }) {
  const { store, quiet } = useSessionUi();
  const layout = useLayout();
  const { width, compact } = layout;
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
  const said = words().floor;
  const clarifying = state.step.attempt > 0;
  const offRecord = offRecordNow;
  const prompt = progress.prompt;
  const title = clarifying ? said.clarifying(prompt.title) : prompt.title;
  const guidance = [
    prompt.speakerGuidance ? said.guidanceFor(who.speakerName, prompt.speakerGuidance) : null,
    prompt.listenerGuidance && who.listenerName
      ? said.guidanceFor(who.listenerName, prompt.listenerGuidance)
      : null,
    prompt.guidance ?? null,
  ]
    .filter((text): text is string => text !== null)
    .join('\n');
  const baseCommands: Command[] = clarifying
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
  const offRecordText = offRecord ? (clarifying ? said.offRecordClarifying : said.offRecord) : null;
  const loopsText =
    manyLoops && !confirming
      ? compact
        ? words().common.manyLoopsShort
        : words().common.manyLoops
      : null;
  const confirmText = confirming
    ? (compact ? said.askAgainShort : said.askAgain)[confirming]
    : null;
  const listenerText =
    who.listenerName !== null ? `◆ ${who.listenerName}: ${words().common.listenerAsk}` : null;
  const plan = floorLayout({
    layout,
    commands: baseCommands,
    title,
    guidance,
    // Rows for what the countdown may say under the big time (little time left, or time up),
    // and for the end of the session drawing near before this turn is over.
    notices: rowsOf(words().common.timeUp, width),
    nearEnd: sessionNearEnd(state, store.clock.now() + state.config.turnMs + 60_000)
      ? rowsOf(words().common.nearEnd, width)
      : 0,
    lines: [listenerText, offRecordText, loopsText, confirmText].filter(
      (text): text is string => text !== null,
    ),
    name: compact ? 0 : 1,
    hint: compact ? 0 : rowsOf(said.enterHint(who.speakerName), width),
  });
  const commands = plan.paged ? frameCommands(baseCommands, true) : baseCommands;
  return (
    <Screen title={said.title(who.speakerName)} aside={progressLabel(progress)} commands={commands}>
      {plan.name ? <PartnerName partner={who.speaker} name={who.speakerName} /> : null}
      {plan.paged ? null : <Paragraph text={title} bold />}
      {plan.paged || (guidance && plan.guidanceRows > 0) ? (
        <PagedText
          // Each turn's guidance starts at its first page.
          key={`${state.step.prompt}:${state.step.speaker}:${state.step.attempt}`}
          heading={plan.paged ? title : undefined}
          text={guidance}
          width={width}
          rows={plan.guidanceRows}
          color={theme.muted}
        />
      ) : null}
      <Box marginY={plan.big ? 1 : 0}>
        <Countdown
          state={state}
          clock={store.clock}
          big={plan.big}
          quiet={quiet}
          upMessage={words().common.timeUp}
        />
      </Box>
      {who.listenerName !== null && who.listener !== null ? (
        <Text>
          <PartnerName partner={who.listener} name={who.listenerName} />
          <Text>: {words().common.listenerAsk}</Text>
        </Text>
      ) : null}
      {plan.hint ? <Paragraph text={said.enterHint(who.speakerName)} color={theme.muted} /> : null}
      {offRecordText ? <Paragraph text={offRecordText} color={theme.calm} /> : null}
      {loopsText ? <Paragraph text={loopsText} color={theme.calm} /> : null}
      {confirmText ? <Paragraph text={confirmText} color={theme.notice} /> : null}
    </Screen>
  );
}
