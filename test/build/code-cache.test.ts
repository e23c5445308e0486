// bin/code-cache.cjs: the V8 code cache is a convenience, never trusted. A damaged, foreign or
// stale cache is ignored, the program runs the same, and a good cache is written in its place.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../cli/run-cli.js';

ensureBuilt();

const require = createRequire(import.meta.url);
const { layOutBundle } = require('../../bin/bundle-format.cjs') as {
  layOutBundle: (id: string, body: string) => string;
};
const { cacheDir, cacheFile, cacheKey, readCache, runBundle } =
  require('../../bin/code-cache.cjs') as {
    cacheDir: (env: Record<string, string>, platform: string) => string;
    cacheFile: (dir: string, id: string, kind?: string) => string;
    cacheKey: (id: string) => string;
    readCache: (file: string, key: string) => Buffer | null;
    runBundle: (
      file: string,
      options: { env: Record<string, string>; writeAfterMs: number },
    ) => Promise<void>;
  };

const ID = 'a1b2c3d4e5f6a7b8c9d0';
const runs = globalThis as { talkturnTestRuns?: number };

/** A small bundle laid out as the build lays out dist/cli.js, counting its runs. */
function fakeBundle() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'talkturn-cache-test-'));
  const file = path.join(dir, 'cli.js');
  const body =
    "const { join } = require('node:path');\n" +
    "globalThis.talkturnTestRuns = (globalThis.talkturnTestRuns ?? 0) + join('1', '').length;\n" +
    'await null;\n';
  writeFileSync(file, layOutBundle(ID, body));
  const cache = path.join(dir, 'cache');
  return { file, cache, env: { TALKTURN_CACHE_DIR: cache }, cached: cacheFile(cache, ID) };
}

async function run(bundle: ReturnType<typeof fakeBundle>) {
  const before = runs.talkturnTestRuns ?? 0;
  await runBundle(bundle.file, { env: bundle.env, writeAfterMs: 0 });
  // The cache is written on a timer after the start; give it that turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return (runs.talkturnTestRuns ?? 0) - before;
}

describe('the code cache', () => {
  it('is written after the first start, for its owner only, and read on the next', async () => {
    const bundle = fakeBundle();
    expect(await run(bundle)).toBe(1);
    expect(statSync(bundle.cache).mode & 0o777).toBe(0o700);
    expect(statSync(bundle.cached).mode & 0o777).toBe(0o600);
    expect(readCache(bundle.cached, cacheKey(ID))).not.toBeNull();
    const written = readFileSync(bundle.cached);
    expect(await run(bundle)).toBe(1);
    // Accepted as it was: nothing rewritten.
    expect(readFileSync(bundle.cached).equals(written)).toBe(true);
  });

  it('ignores a damaged cache, runs the program the same and writes a good one', async () => {
    const bundle = fakeBundle();
    await run(bundle);
    const good = readFileSync(bundle.cached);
    for (const damage of [
      (data: Buffer) => data.subarray(0, data.length - 100), // cut short
      (data: Buffer) => Buffer.from(data.map((b, i) => (i === data.length - 50 ? b ^ 0xff : b))),
      () => Buffer.from('not a cache at all'),
      () => Buffer.alloc(0),
    ]) {
      writeFileSync(bundle.cached, damage(good));
      expect(readCache(bundle.cached, cacheKey(ID))).toBeNull();
      expect(await run(bundle)).toBe(1);
      expect(readCache(bundle.cached, cacheKey(ID))).not.toBeNull();
    }
  });

  it('ignores a cache made for another build, Node or machine', async () => {
    const bundle = fakeBundle();
    await run(bundle);
    const good = readFileSync(bundle.cached, 'latin1');
    const key = cacheKey(ID);
    for (const other of [
      key.replace(ID, 'ffffffffffffffffffff'),
      key.replace(process.version, 'v99.0.0'),
      key.replace(` ${process.arch}`, ' s390x'),
    ]) {
      writeFileSync(bundle.cached, Buffer.from(good.replace(key, other), 'latin1'));
      expect(readCache(bundle.cached, key)).toBeNull();
      expect(await run(bundle)).toBe(1);
      expect(readFileSync(bundle.cached, 'latin1')).toContain(key);
    }
  });

  it('rewrites a well-formed cache that V8 itself rejects (code of another script)', async () => {
    const bundle = fakeBundle();
    await run(bundle);
    const foreign = new vm.Script('globalThis.somethingElse = 1;').createCachedData();
    const good = readFileSync(bundle.cached, 'latin1');
    const header = good.slice(0, good.indexOf('\n', good.indexOf('\n') + 1) + 1);
    const sum = createHash('sha256').update(foreign).digest('hex');
    const planted = Buffer.concat([Buffer.from(`${header}${sum}\n`, 'latin1'), foreign]);
    writeFileSync(bundle.cached, planted);
    expect(readCache(bundle.cached, cacheKey(ID))).not.toBeNull();
    // In a new process, as at a real start: this one already holds the bundle's compiled code.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(path.resolve('bin/code-cache.cjs'))})
          .runBundle(${JSON.stringify(bundle.file)}, { writeAfterMs: 0 })
          .then(() => { console.log(globalThis.talkturnTestRuns, globalThis.somethingElse); setTimeout(() => {}, 200); });`,
      ],
      { env: { ...process.env, ...bundle.env }, encoding: 'utf8' },
    );
    expect(child.stdout.trim()).toBe('1 undefined');
    expect(readFileSync(bundle.cached).equals(planted)).toBe(false);
    expect(readCache(bundle.cached, cacheKey(ID))).not.toBeNull();
  });

  it('lives in the cache folder each system names', () => {
    const home = os.homedir();
    expect(cacheDir({}, 'linux')).toBe(path.join(home, '.cache', 'talkturn'));
    expect(cacheDir({ XDG_CACHE_HOME: '/x' }, 'linux')).toBe(path.join('/x', 'talkturn'));
    expect(cacheDir({}, 'darwin')).toBe(path.join(home, 'Library', 'Caches', 'talkturn'));
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Local', 'talkturn', 'Cache'),
    );
  });

  it('leaves the real program saying the same with a garbage cache, and mends the cache', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'talkturn-cache-real-'));
    const said = (result: ReturnType<typeof runCli>) => ({
      ...result,
      stdout: result.stdout.replaceAll(result.home, 'HOME'),
      home: undefined,
    });
    const clean = said(runCli(['decks'], { TALKTURN_CACHE_DIR: cache }));
    const id = /talkturn bundle ([0-9a-f]+)/.exec(readFileSync('dist/cli.js', 'utf8'))![1]!;
    const file = cacheFile(cache, id, 'commands');
    // A command that ends at once writes its cache as it ends.
    expect(readCache(file, cacheKey(id))).not.toBeNull();
    writeFileSync(file, 'talkturn code cache 1\ngarbage');
    const damaged = said(runCli(['decks'], { TALKTURN_CACHE_DIR: cache }));
    expect(damaged).toEqual({ ...clean, code: 0, stderr: '' });
    expect(readdirSync(cache)).toEqual([path.basename(file)]);
    expect(readCache(file, cacheKey(id))).not.toBeNull();
  });
});
