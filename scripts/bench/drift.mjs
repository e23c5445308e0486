// Row 6: how late the countdown's frames come after each whole second, and whether that grows.
// Ten minutes are too long to wait for: both schedulers run side by side for half a minute and
// the lateness is extrapolated along its fitted line to the end of a ten-minute turn.
import { runEntry } from './run-entry.mjs';
import { linearFit } from './stats.mjs';

const SECONDS = 30;
const TURN_S = 600;

function summarize({ ticks }) {
  const framed = ticks.filter((tick) => tick.frameLate !== null);
  if (framed.length < SECONDS - 2) {
    throw new Error(`only ${framed.length} of ${SECONDS} countdown frames were drawn`);
  }
  const late = framed.map((tick) => tick.frameLate);
  const { slope, intercept } = linearFit(
    framed.map((tick) => tick.elapsed),
    late,
  );
  return {
    ticks: framed.length,
    maxMs: Math.max(...late.map(Math.abs)),
    lastMs: late[late.length - 1],
    msPerMinute: slope * 60,
    at600sMs: intercept + slope * TURN_S,
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
