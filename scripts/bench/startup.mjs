// Rows 1 and 2: how soon talkturn answers and how soon a session shows its first screen, each
// against bare `node -e 0` measured the same way, interleaved, in the same run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { app, sleep } from './paths.mjs';
import { privateHome, startInPty, startTalkturn } from './pty-session.mjs';
import { median } from './stats.mjs';
import { tempDir } from './temp-dirs.mjs';

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
async function nodeInPty(env, node = process.execPath) {
  const run = startInPty(['-e', '0'], env, { node });
  const { at } = await run.exited;
  return at - run.startedAt;
}

/** A first run (no settings yet): spawn to the first text of the first screen. */
async function firstFrame({ cacheHome, node = process.execPath, keepUntil } = {}) {
  const { env } = privateHome();
  env.XDG_CACHE_HOME = cacheHome ?? tempDir('cache');
  const session = startTalkturn(['start', '--names', 'Ana,Ben', '--turn', '3m'], env, { node });
  try {
    const shownAt = await session.waitFor('Before you start');
    const cachedBefore = codeCacheFiles(env.XDG_CACHE_HOME).length > 0;
    if (keepUntil) await keepUntil(env.XDG_CACHE_HOME);
    return { ms: shownAt - session.startedAt, cachedBefore };
  } finally {
    await session.stop();
  }
}

/** The code cache files bin/code-cache.cjs has written under a cache home. */
function codeCacheFiles(cacheHome) {
  const dir = path.join(cacheHome, 'talkturn');
  return existsSync(dir) ? readdirSync(dir).filter((n) => /^code-.*\.bin$/.test(n)) : [];
}

/** Waits (up to 5 s) until the code cache is on disk. */
async function untilCached(cacheHome) {
  for (let waited = 0; waited < 5000 && codeCacheFiles(cacheHome).length === 0; waited += 50) {
    await sleep(50);
  }
  if (codeCacheFiles(cacheHome).length === 0) throw new Error('no code cache was written');
}

/**
 * The first frame of a session with the code cache from an earlier start (as on every start but
 * the first after an install or update), against `node -e 0`, on the given Node binary.
 */
export async function measureFirstFrame({ node = process.execPath } = {}) {
  const { env } = privateHome();
  const cacheHome = tempDir('cache');
  await firstFrame({ cacheHome, node, keepUntil: untilCached });
  const times = await interleave({
    node: () => nodeInPty(env, node),
    session: async () => (await firstFrame({ cacheHome, node })).ms,
  });
  const base = median(times.node);
  const session = median(times.session);
  return { node: base, session, ratio: session / base, runs: RUNS, version: nodeVersion(node) };
}

/** The first frame with no code cache yet (a new version's first start); the cache comes later. */
export async function measureColdFirstFrame() {
  const { env } = privateHome();
  const writtenLater = [];
  const times = await interleave({
    node: () => nodeInPty(env),
    session: async () => {
      const cacheHome = tempDir('cache');
      const run = await firstFrame({ cacheHome, keepUntil: untilCached });
      writtenLater.push(!run.cachedBefore);
      return run.ms;
    },
  });
  const node = median(times.node);
  const session = median(times.session);
  const offPath = writtenLater.every(Boolean);
  return { node, session, ratio: session / node, runs: RUNS, offPath };
}

function nodeVersion(node) {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}
