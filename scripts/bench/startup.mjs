// Rows 1 and 2: how soon talkturn answers and how soon a session shows its first screen, each
// against bare `node -e 0` measured the same way, interleaved, in the same run.
import { spawn } from 'node:child_process';
import { app } from './paths.mjs';
import { privateHome, startInPty, startTalkturn } from './pty-session.mjs';
import { median } from './stats.mjs';

const WARM_UP = 2;
const RUNS = 15;

/** Milliseconds from spawn until the process has exited and its output is read. */
function timeToExit(args, env) {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - startedAt;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`node ${args.join(' ')} exited with ${code}: ${output.slice(0, 300)}`));
    });
  });
}

/** Runs each case once per round, in turn, so slow moments of the machine hit them all alike. */
async function interleave(cases) {
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < WARM_UP + RUNS; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const ms = await run();
      if (round >= WARM_UP) times[name].push(ms);
    }
  }
  return times;
}

export async function measureCommandStartup() {
  const { env } = privateHome();
  const expect = (args, pattern) => async () => {
    const { ms, output } = await timeToExit(args, env);
    if (!pattern.test(output)) throw new Error(`node ${args.join(' ')} printed: ${output}`);
    return ms;
  };
  const times = await interleave({
    node: expect(['-e', '0'], /^$/),
    version: expect([app.bin, '--version'], /^\d+\.\d+\.\d+/),
    help: expect([app.bin, '--help'], /Usage: talkturn/),
  });
  const node = median(times.node);
  return {
    node,
    version: median(times.version),
    help: median(times.help),
    versionRatio: median(times.version) / node,
    helpRatio: median(times.help) / node,
    runs: RUNS,
  };
}

/** Bare node in the same kind of pseudo-terminal: spawn to exit. */
async function nodeInPty(env) {
  const run = startInPty(['-e', '0'], env);
  const { at } = await run.exited;
  return at - run.startedAt;
}

/** A first run (no settings yet): spawn to the first text of the first screen. */
async function firstFrame() {
  const { env } = privateHome();
  const session = startTalkturn(['start', '--names', 'Ana,Ben', '--turn', '3m'], env);
  try {
    const shownAt = await session.waitFor('Before you start');
    return shownAt - session.startedAt;
  } finally {
    await session.stop();
  }
}

export async function measureFirstFrame() {
  const { env } = privateHome();
  const times = await interleave({ node: () => nodeInPty(env), session: firstFrame });
  const node = median(times.node);
  const session = median(times.session);
  return { node, session, ratio: session / node, runs: RUNS };
}
