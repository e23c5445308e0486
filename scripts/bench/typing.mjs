// Rows 3 and 4: keystroke to frame in a text area holding a long note, and the memory it keeps.
import { runEntry } from './run-entry.mjs';
import { MiB, median, percentile } from './stats.mjs';

const KEYS = 200;

async function typeInto(entries, length) {
  const result = await runEntry(entries.typing, [length, KEYS], { nodeFlags: ['--expose-gc'] });
  if (!result.gc) throw new Error('the typing entry ran without --expose-gc');
  if (result.noFrame > 0) throw new Error(`${result.noFrame} of ${KEYS} keys drew no frame`);
  return {
    length,
    medianMs: median(result.times),
    p95Ms: percentile(result.times, 95),
    maxMs: Math.max(...result.times),
    heapGrowthMiB: (result.heapAfter - result.heapBefore) / MiB,
    rssGrowthMiB: (result.rssAfter - result.rssBefore) / MiB,
    rssMiB: result.rssAfter / MiB,
  };
}

export async function measureTyping(entries) {
  const short = await typeInto(entries, 1_000);
  const long = await typeInto(entries, 50_000);
  return { keys: KEYS, short, long };
}
