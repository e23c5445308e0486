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
import { words } from '../../words/index.js';
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
  // The list is saying why a shorter break cannot be had: a row it takes.
  const [sayingWhy, setSayingWhy] = useState(false);
  const pause = state.pause;
  const remaining = useCallback((now: number) => breakRemaining(state, now), [state]);
  const now = useSecondTick(store.clock, remaining, true);
  const commands = useCommands([{ command: 'choose' }]);
  if (!pause) return null;
  const said = words().pause;
  const names = state.config.partners;
  const left = breakRemaining(state, now);
  const askWho = pause.by === null && names.length === 2 && !passedWho;
  // A longer break is counted from now once the break has run out.
  const longer = Math.max(pause.breakMs, pause.breakMs - left) + BREAK_STEP;
  const canShorten = left > BREAK_STEP;

  const choices: Choice<PauseChoice>[] = askWho
    ? [
        ...names.map((name, i) => ({
          label: said.askedForIt(name),
          value: { kind: 'called-by', partner: i as Partner } as PauseChoice,
        })),
        { label: words().common.ratherNotSay, value: { kind: 'not-said' } },
      ]
    : [
        ...names.map((name, i) => ({
          label: names.length === 1 ? said.readySolo : said.ready(name),
          value: { kind: 'ready', partner: i as Partner } as PauseChoice,
          checked: pause.ready[i] ?? false,
        })),
        { label: said.longer, value: { kind: 'longer' } },
        // Kept in its place when the break is already short, so "Stop for today" never takes
        // its number: pressing the same digit again never stops the talk.
        {
          label: said.shorter,
          value: { kind: 'shorter' },
          ...(canShorten ? {} : { unavailable: compact ? said.shortestShort : said.shortest }),
        },
        { label: said.stop, value: { kind: 'end' } },
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
        <Text>
          {said.askedForPause}
          {compact ? '' : said.thanks}
        </Text>
      </Text>
    ) : (
      <Text>
        {names.length === 2
          ? askWho
            ? `${said.whoAsked}${compact ? '' : said.onlyForNotes}`
            : said.forBoth
          : said.youAsked}
      </Text>
    );
  const breakLine =
    left > 0
      ? compact
        ? said.breakLeftShort(formatClock(left))
        : said.breakLeft(formatClock(left), Math.round(pause.breakMs / 60_000))
      : said.breakOver;
  // Who asked is never said by Enter alone: the highlight starts on "We would rather not say".
  // Ready is something each partner says, so for a couple the highlight starts on nothing and
  // Enter alone says how to choose; alone, the one person there is the one pressing Enter.
  const initialIndex = askWho ? names.length : names.length === 1 ? 0 : null;
  const list = (
    <Box flexDirection="column">
      <ChoiceList
        key={askWho ? 'who' : `ready:${pause.ready.map(String).join()}`}
        initialIndex={initialIndex}
        explainEnter={askWho ? undefined : words().common.chooseOwnName}
        choices={choices}
        onSelect={select}
        onUnavailable={(saying) => {
          setSayingWhy(saying);
          // Any other choice than stopping again leaves the talk here: the question is let go.
          if (saying) setConfirmEnd(false);
        }}
      />
      {confirmEnd ? (
        <Text color={theme.notice}>{compact ? said.againShort : said.again}</Text>
      ) : null}
    </Box>
  );

  if (compact) {
    // A small terminal keeps what is needed to come back: who, the break, every choice; then the
    // breath and the reminder, each only when it fits whole.
    // The question asked again ("choose it again to stop") takes a row of its own.
    const why = sayingWhy ? wrappedRows(said.shortestShort, width).length : 0;
    const needed = 2 + choices.length + (confirmEnd ? 1 : 0) + why;
    const spare = bodyRowsFor(layout, commands, { choices: choices.length }) - needed;
    const reminderRows = wrappedRows(words().common.pauseReminder, width).length;
    return (
      <Screen title={said.title} commands={commands}>
        {who}
        {spare >= 1 ? <BreathingGuide clock={store.clock} since={pause.startedAt} /> : null}
        <Paragraph text={breakLine} />
        {list}
        {!confirmEnd && spare >= 1 + reminderRows ? (
          <Paragraph text={words().common.pauseReminder} color={theme.calm} />
        ) : null}
      </Screen>
    );
  }
  return (
    <Screen title={said.title} commands={commands}>
      {who}
      <Paragraph text={words().common.pauseReminder} color={theme.calm} />
      <Box marginY={1}>
        <BreathingGuide clock={store.clock} since={pause.startedAt} />
      </Box>
      <Paragraph text={breakLine} />
      <Box marginTop={1} flexDirection="column">
        {pause.by !== null && names.length === 2 ? (
          <Paragraph text={said.bothReady} color={theme.muted} />
        ) : null}
        {list}
      </Box>
    </Screen>
  );
}
