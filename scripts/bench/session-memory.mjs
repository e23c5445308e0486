// Row 8: the peak resident memory of talkturn over a whole short session.
import { statusKiB } from './proc.mjs';
import { privateHome, startTalkturn } from './pty-session.mjs';
import { wholeSession } from './session-flows.mjs';

const TURN_MS = 2000;

export async function measureSessionMemory() {
  const { env } = privateHome();
  const session = startTalkturn(
    ['start', '--names', 'Ana,Ben', '--turn', '2s', '--rounds', '1', '--quiet'],
    env,
  );
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
