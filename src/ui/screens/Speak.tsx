import { Box, Text } from 'ink';
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
import { Screen } from '../components/Screen.js';
import { useCommands, withMore } from '../commands/index.js';
import { words } from '../../words/index.js';
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
  // A key asked twice does it; while a question is asked, any other key keeps talking.
  const ask = (asked: Confirmable) => () => {
    if (confirming === asked) store.dispatch({ type: CONFIRMED[asked] });
    setConfirming(confirming ? null : asked);
  };
  const unlessAsking = (run: () => void) => () => (confirming ? setConfirming(null) : run());
  const commands = useCommands(
    [
      { command: 'endTurn', run: unlessAsking(() => store.dispatch({ type: 'end-turn' })) },
      { command: 'feeling', run: unlessAsking(() => setCheckingIn(true)) },
      { command: 'offRecord', when: canToggleRecord && !offRecordNow, run: ask('off-record') },
      { command: 'onRecord', when: canToggleRecord && offRecordNow, run: ask('on-record') },
      { command: 'skip', run: ask('skip') },
      { command: 'closing', run: ask('closing') },
    ],
    { isActive: !checkingIn, otherwise: () => setConfirming(null) },
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
    commands,
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
  return (
    <Screen
      title={said.title(who.speakerName)}
      aside={progressLabel(progress)}
      commands={withMore(commands, plan.paged)}
    >
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
