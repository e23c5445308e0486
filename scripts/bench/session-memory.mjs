// Row 8: the peak resident memory of talkturn over a whole short session, as every start but the
// first after an install or update runs it (its code cache written by an earlier start), and on
// that first start too (no cache yet: everything compiled, then the cache made mid-session).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sleep } from './paths.mjs';
import { statusKiB } from './proc.mjs';
import { privateHome, startTalkturn } from './pty-session.mjs';
import { wholeSession } from './session-flows.mjs';
import { tempDir } from './temp-dirs.mjs';

const TURN_MS = 2000;
const ARGS = ['start', '--names', 'Ana,Ben', '--turn', '2s', '--rounds', '1', '--quiet'];

async function peakOfSession(cacheHome) {
  const { env } = privateHome();
  env.XDG_CACHE_HOME = cacheHome;
  const session = startTalkturn(ARGS, env);
  let peakKiB = 0;
  const poll = () => {
    try {
      peakKiB = Math.max(peakKiB, statusKiB(session.pid, 'VmHWM'));
    } catch {
      // not started yet, or already gone: the last reading stands
    }
  };
  const poller = setInterval(poll, 100);
  try {
    await wholeSession(session, { turnMs: TURN_MS });
    poll();
    const rssKiB = statusKiB(session.pid, 'VmRSS');
    return { peakMiB: peakKiB / 1024, endRssMiB: rssKiB / 1024 };
  } finally {
    clearInterval(poller);
    await session.stop();
  }
}

/** Starts talkturn once and waits until its code cache for the screens is on disk. */
async function primeCache(cacheHome) {
  const { env } = privateHome();
  env.XDG_CACHE_HOME = cacheHome;
  const session = startTalkturn(ARGS, env);
  const dir = path.join(cacheHome, 'talkturn');
  const cached = () => existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('screens.bin'));
  try {
    await session.waitFor('Before you start');
    for (let waited = 0; waited < 5000 && !cached(); waited += 50) await sleep(50);
    if (!cached()) throw new Error('no code cache was written');
  } finally {
    await session.stop();
  }
}

export async function measureSessionMemory() {
  const cold = await peakOfSession(tempDir('cache'));
  const cacheHome = tempDir('cache');
  await primeCache(cacheHome);
  const warm = await peakOfSession(cacheHome);
  return { ...warm, coldPeakMiB: cold.peakMiB };
}
