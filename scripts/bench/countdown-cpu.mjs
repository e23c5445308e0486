// Row 5: the CPU a running session uses while the countdown is all that changes on screen.
import { cpuTimeMs } from './proc.mjs';
import { sleep } from './paths.mjs';
import { privateHome, startTalkturn } from './pty-session.mjs';
import { reachTheFloor } from './session-flows.mjs';

const SETTLE_MS = 1500;
const SAMPLE_MS = 10_000;

export async function measureCountdownCpu() {
  const { env } = privateHome();
  const session = startTalkturn(['start', '--names', 'Ana,Ben', '--turn', '10m', '--quiet'], env);
  try {
    await reachTheFloor(session);
    await sleep(SETTLE_MS);
    let frames = 0;
    const stopCounting = session.onData(() => frames++);
    const cpuBefore = cpuTimeMs(session.pid);
    const wallBefore = performance.now();
    await sleep(SAMPLE_MS);
    const cpuMs = cpuTimeMs(session.pid) - cpuBefore;
    const wallMs = performance.now() - wallBefore;
    stopCounting();
    return { percent: (cpuMs / wallMs) * 100, cpuMs, wallMs, writes: frames };
  } finally {
    await session.stop();
  }
}
