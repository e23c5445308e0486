import { Box, Text } from 'ink';
import { useCallback, useState } from 'react';
import {
  breakRemaining,
  formatClock,
  type Partner,
  type SessionState,
} from '../../session/index.js';
import { BreathingGuide } from '../components/BreathingGuide.js';
import { ChoiceList, type Choice } from '../components/choice-list/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { wrappedRows } from '../components/Clamped.js';
import { Paragraph } from '../components/Paragraph.js';
import { bodyRowsFor, Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { PAUSE_REMINDER } from '../copy.js';
import { useSecondTick } from '../hooks/use-second-tick.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';

const BREAK_STEP = 5 * 60_000;

type PauseChoice =
  | { kind: 'called-by'; partner: Partner }
  | { kind: 'not-said' }
  | { kind: 'ready'; partner: Partner }
  | { kind: 'longer' }
  | { kind: 'shorter' }
  | { kind: 'end' };

/** "Paused": who asked, a slow breath, a break timer, and a resume only when both are ready. */
export function Paused({ state, onEnd }: { state: SessionState; onEnd: () => void }) {
  const { store } = useSessionUi();
  const layout = useLayout();
  const { compact, width } = layout;
  // Saying who asked is only for the notes: the couple may pass, and it never holds them here.
  const [passedWho, setPassedWho] = useState(false);
  // Stopping for today skips the closing: it is chosen twice, like every key that loses words.
  const [confirmEnd, setConfirmEnd] = useState(false);
  const pause = state.pause;
  const remaining = useCallback((now: number) => breakRemaining(state, now), [state]);
  const now = useSecondTick(store.clock, remaining, true);
  const commands = useCommands([{ command: 'choose' }]);
  if (!pause) return null;
  const names = state.config.partners;
  const left = breakRemaining(state, now);
  const askWho = pause.by === null && names.length === 2 && !passedWho;
  // A longer break is counted from now once the break has run out.
  const longer = Math.max(pause.breakMs, pause.breakMs - left) + BREAK_STEP;
  const canShorten = left > BREAK_STEP;

  const choices: Choice<PauseChoice>[] = askWho
    ? [
        ...names.map((name, i) => ({
          label: `${name} asked for it`,
          value: { kind: 'called-by', partner: i as Partner } as PauseChoice,
        })),
        { label: 'We would rather not say', value: { kind: 'not-said' } },
      ]
    : [
        ...names.map((name, i) => ({
          label: names.length === 1 ? "I'm ready to go on" : `${name} is ready`,
          value: { kind: 'ready', partner: i as Partner } as PauseChoice,
          checked: pause.ready[i] ?? false,
        })),
        { label: 'A longer break (+5 minutes)', value: { kind: 'longer' } },
        ...(canShorten
          ? [{ label: 'A shorter break (−5 minutes)', value: { kind: 'shorter' } as PauseChoice }]
          : []),
        { label: 'Stop for today and save', value: { kind: 'end' } },
      ];

  const select = (choice: PauseChoice) => {
    setConfirmEnd(choice.kind === 'end' && !confirmEnd);
    if (choice.kind === 'end' && confirmEnd) onEnd();
    if (choice.kind === 'called-by')
      store.dispatch({ type: 'pause-called-by', partner: choice.partner });
    if (choice.kind === 'ready') store.dispatch({ type: 'ready', partner: choice.partner });
    if (choice.kind === 'not-said') setPassedWho(true);
    if (choice.kind === 'longer') store.dispatch({ type: 'set-break', ms: longer });
    if (choice.kind === 'shorter' && canShorten) {
      store.dispatch({ type: 'set-break', ms: pause.breakMs - BREAK_STEP });
    }
  };

  const who =
    pause.by !== null ? (
      <Text>
        <PartnerName partner={pause.by} name={names[pause.by] ?? ''} />
        <Text> asked for a pause.{compact ? '' : ' Thank you for saying so.'}</Text>
      </Text>
    ) : (
      <Text>
        {names.length === 2
          ? askWho
            ? `Who asked for this pause?${compact ? '' : ' (Only for the notes; you can pass.)'}`
            : 'A pause, for both of you.'
          : 'You asked for a pause.'}
      </Text>
    );
  const breakLine =
    left > 0
      ? compact
        ? `Break: ${formatClock(left)} left`
        : `Break: ${formatClock(left)} left of a ${Math.round(pause.breakMs / 60_000)}-minute break. Stay apart or sit together, as you need.`
      : 'The break is over whenever you are both ready.';
  // Who asked is never said by Enter alone: the highlight starts on "We would rather not say".
  // Ready: the highlight is on the first who is not ready yet, so Enter, Enter goes back.
  const initialIndex = askWho ? names.length : Math.max(0, pause.ready.indexOf(false));
  const list = (
    <Box flexDirection="column">
      <ChoiceList
        key={askWho ? 'who' : `ready:${pause.ready.map(String).join()}`}
        initialIndex={initialIndex}
        choices={choices}
        onSelect={select}
      />
      {confirmEnd ? (
        <Text color={theme.notice}>
          {compact
            ? 'Choose it again to stop and save.'
            : 'Stop for today, without the closing? Choose it again to save and end; anything else stays here.'}
        </Text>
      ) : null}
    </Box>
  );

  if (compact) {
    // A small terminal keeps what is needed to come back: who, the break, every choice; then the
    // breath and the reminder, each only when it fits whole.
    // The question asked again ("choose it again to stop") takes a row of its own.
    const needed = 2 + choices.length + (confirmEnd ? 1 : 0);
    const spare = bodyRowsFor(layout, commands, { choices: choices.length }) - needed;
    const reminderRows = wrappedRows(PAUSE_REMINDER, width).length;
    return (
      <Screen title="Paused" commands={commands}>
        {who}
        {spare >= 1 ? <BreathingGuide clock={store.clock} since={pause.startedAt} /> : null}
        <Paragraph text={breakLine} />
        {list}
        {!confirmEnd && spare >= 1 + reminderRows ? (
          <Paragraph text={PAUSE_REMINDER} color={theme.calm} />
        ) : null}
      </Screen>
    );
  }
  return (
    <Screen title="Paused" commands={commands}>
      {who}
      <Paragraph text={PAUSE_REMINDER} color={theme.calm} />
      <Box marginY={1}>
        <BreathingGuide clock={store.clock} since={pause.startedAt} />
      </Box>
      <Paragraph text={breakLine} />
      <Box marginTop={1} flexDirection="column">
        {pause.by !== null && names.length === 2 ? (
          <Paragraph
            text="The talk goes on when both of you say you are ready."
            color={theme.muted}
          />
        ) : null}
        {list}
      </Box>
    </Screen>
  );
}
