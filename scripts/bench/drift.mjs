// Row 6: how late the countdown's frames come after each whole second, and whether that grows.
// Ten minutes are too long to wait for: both schedulers run side by side for half a minute and
// the lateness is extrapolated along its fitted line to the end of a ten-minute turn. Lateness
// is that of the frame, the moment the new second reaches the screen.
import { runEntry } from './run-entry.mjs';
import { median, robustLine } from './stats.mjs';

const SECONDS = 30;
const TURN_S = 600;
const WARM_UP_S = 3.5;

function summarize({ ticks }) {
  const framed = ticks.filter((tick) => tick.frameLate !== null);
  if (framed.length < SECONDS - 2) {
    throw new Error(`only ${framed.length} of ${SECONDS} countdown frames were drawn`);
  }
  const late = framed.map((tick) => tick.frameLate);
  // The first seconds run code not yet optimised, which tilts a half-minute line downwards.
  const settled = framed.filter((tick) => tick.elapsed > WARM_UP_S);
  const { slope, intercept, slopeError } = robustLine(
    settled.map((tick) => tick.elapsed),
    settled.map((tick) => tick.frameLate),
  );
  // Over half a minute, jitter alone gives slopes of about a ms a minute either way; carried to
  // ten minutes that would read as drift. Only lateness that clearly grows is extrapolated: a
  // timer never fires before its time, so a falling trend cannot go on.
  const grows = slope > 2 * slopeError;
  return {
    ticks: framed.length,
    medianMs: median(late),
    maxMs: Math.max(...late.map(Math.abs)),
    msPerMinute: slope * 60,
    msPerMinuteError: slopeError * 60,
    grows,
    at600sMs: grows ? intercept + slope * TURN_S : median(late),
  };
}

export async function measureDrift(entries) {
  const timeoutMs = (SECONDS + 15) * 1000;
  const [secondTick, interval] = await Promise.all([
    runEntry(entries.tick, ['second-tick', SECONDS], { timeoutMs }),
    runEntry(entries.tick, ['interval', SECONDS], { timeoutMs }),
  ]);
  return { seconds: SECONDS, secondTick: summarize(secondTick), interval: summarize(interval) };
}
