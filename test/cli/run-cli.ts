import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.resolve('bin/talkturn.cjs');

/** The node that runs talkturn in these tests: another version's binary when CI asks for one. */
export const NODE = process.env.TALKTURN_TEST_NODE || process.execPath;

let binDir: string | undefined;

/**
 * A PATH on which `talkturn` is this checkout's, as after an install: messages then name
 * commands as `talkturn …` (src/invocation.ts), which is what the tests read.
 */
export function pathWithTalkturn(): string {
  if (!binDir) {
    binDir = mkdtempSync(path.join(os.tmpdir(), 'talkturn-bin-'));
    symlinkSync(BIN, path.join(binDir, 'talkturn'));
  }
  return [binDir, process.env.PATH ?? ''].join(path.delimiter);
}

/** `npm test` builds first; a lone `vitest run` builds here if the bundle is missing. */
export function ensureBuilt(): void {
  if (!existsSync(path.resolve('dist/cli.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  }
}

/** Runs the built talkturn without a terminal, in a private home, and returns what it said. */
export function runCli(args: string[], env: Record<string, string> = {}, wrapper: string[] = []) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'talkturn-cli-'));
  const [file, ...wrapperArgs] = wrapper;
  const command = file
    ? { file, args: [...wrapperArgs, NODE, BIN, ...args] }
    : { file: NODE, args: [BIN, ...args] };
  const result = spawnSync(command.file, command.args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: pathWithTalkturn(),
      HOME: home,
      TALKTURN_CONFIG_DIR: path.join(home, 'config'),
      TALKTURN_NOTES_DIR: path.join(home, 'notes'),
      ...env,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, home };
}
