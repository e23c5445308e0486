import { Box, Text, useIsScreenReaderEnabled, useStdout } from 'ink';
import { useCallback, useEffect, useRef } from 'react';
import stringWidth from 'string-width';
import {
  formatClock,
  sessionNearEnd,
  turnRemaining,
  turnTime,
  type Clock,
  type SessionState,
} from '../../session/index.js';
import { words } from '../../words/index.js';
import { useSecondTick } from '../hooks/use-second-tick.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { bigDigits } from './big-digits.js';
import { duration } from '../../words/format.js';

interface CountdownProps {
  state: SessionState;
  clock: Clock;
  big: boolean;
  quiet: boolean;
  /** Said when the time is up; the speaker is never cut off. */
  upMessage: string;
}

/** The floor's countdown: a small leaf that re-renders itself once a second, nothing else. */
export function Countdown({ state, clock, big, quiet, upMessage }: CountdownProps) {
  const remaining = useCallback((now: number) => turnRemaining(state, now), [state]);
  const now = useSecondTick(clock, remaining, state.pause === null);
  const left = remaining(now);
  const phase = turnTime(state, now);
  useBellAtZero(phase === 'up', quiet);
  const screenReader = useIsScreenReaderEnabled();
  const face = phase === 'up' ? `+${formatClock(-left + 999)}` : formatClock(left);
  const colour = phase === 'plenty' ? theme.accent : theme.notice;
  const { width } = useLayout();
  const notice =
    phase === 'little' ? words().countdown.littleLeft : phase === 'up' ? upMessage : null;
  // The one-line timer says its notice beside the time, in fewer words when the row is short.
  const beside =
    notice && stringWidth(`${face} · ${notice}`) > width - 1
      ? phase === 'up'
        ? words().countdown.shortUp
        : words().countdown.littleLeft
      : notice;

  return (
    <Box flexDirection="column">
      {screenReader ? (
        <Text>{spokenTime(left)}</Text>
      ) : big ? (
        bigDigits(face).map((row, i) => (
          <Text key={i} color={colour}>
            {row}
          </Text>
        ))
      ) : (
        <Text>
          <Text color={colour} bold>
            {face}
          </Text>
          {beside ? <Text color={theme.notice}> · {beside}</Text> : null}
        </Text>
      )}
      {(big || screenReader) && notice ? <Text color={theme.notice}>{notice}</Text> : null}
      {sessionNearEnd(state, now) ? (
        <Text color={theme.notice}>{words().common.nearEnd}</Text>
      ) : null}
    </Box>
  );
}

/** For a screen reader, counted up to the whole second: "2 minutes 5 seconds left." */
function spokenTime(ms: number): string {
  const said = words().countdown;
  if (ms <= 0) return said.upSpoken;
  return said.left(duration(Math.ceil(ms / 1000) * 1000, 'long'));
}

function useBellAtZero(up: boolean, quiet: boolean) {
  const { stdout } = useStdout();
  const rang = useRef(up);
  useEffect(() => {
    if (up && !rang.current && !quiet) stdout.write('\u0007');
    rang.current = up;
  }, [up, quiet, stdout]);
}
