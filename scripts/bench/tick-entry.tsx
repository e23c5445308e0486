// Child process of the bench: runs a ten-minute countdown for a few seconds, either on the app's
// useSecondTick or on a plain setInterval(1000), and reports as one JSON line how late each tick
// and each frame came after the whole second it was meant for.
import { render, Text } from 'ink';
import { useCallback, useEffect, useState } from 'react';
import { useSecondTick } from '../../src/ui/hooks/use-second-tick.js';
import { createFakeTerminal } from './fake-terminal.js';

const mode = process.argv[2] === 'interval' ? 'interval' : 'second-tick';
const seconds = Number(process.argv[3] ?? 30);
const TURN_MS = 10 * 60_000;

interface Tick {
  at: number;
  frameAt?: number;
}
const ticks: Tick[] = [];
// The moment the seconds are counted from: the turn's end for useSecondTick, the call to
// setInterval for the other.
let anchor = Number.NaN;

const clock = {
  now() {
    const at = performance.now();
    ticks.push({ at });
    return at;
  },
};

function face(ms: number): string {
  const left = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

function SecondTickCountdown({ end }: { end: number }) {
  const remaining = useCallback((now: number) => end - now, [end]);
  const now = useSecondTick(clock, remaining, true);
  return <Text>{face(remaining(now))}</Text>;
}

function IntervalCountdown() {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    anchor = performance.now();
    const timer = setInterval(() => setNow(clock.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <Text>{face(anchor + TURN_MS - now)}</Text>;
}

const terminal = createFakeTerminal();
terminal.onWrite((at) => {
  const last = ticks[ticks.length - 1];
  if (last && last.frameAt === undefined) last.frameAt = at;
});

const start = performance.now();
let countdown;
if (mode === 'interval') {
  countdown = <IntervalCountdown />;
} else {
  anchor = start + TURN_MS;
  countdown = <SecondTickCountdown end={anchor} />;
}
// The app's own render options: Ink's default frame cap of 30 a second.
const app = render(countdown, {
  stdin: terminal.stdin,
  stdout: terminal.stdout,
  stderr: terminal.stdout,
  patchConsole: false,
  exitOnCtrlC: false,
});

setTimeout(
  () => {
    app.unmount();
    /** Signed ms after the nearest whole second counted from the anchor. */
    const late = (at: number) => {
      const since = at - anchor;
      return since - Math.round(since / 1000) * 1000;
    };
    // The first reading is the mount itself, not a tick aimed at a second.
    const measured = ticks.filter((tick) => tick.at - start > 500);
    const rows = measured.map((tick) => ({
      elapsed: (tick.at - start) / 1000,
      timerLate: late(tick.at),
      frameLate: tick.frameAt === undefined ? null : late(tick.frameAt),
    }));
    process.stdout.write(`${JSON.stringify({ mode, ticks: rows })}\n`);
    process.exit(0);
  },
  seconds * 1000 + 500,
);
