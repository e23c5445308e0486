// Other Node versions for the first-frame rows: the registry's node-<os>-<arch> package of a major
// version, installed once into node_modules/.cache/talkturn-bench (never a project dependency).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.mjs';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'talkturn-bench');

/** The path of a Node `major` binary, installing it if need be; throws saying why there is none. */
export async function nodeBinary(major) {
  const os = process.platform === 'win32' ? 'win' : process.platform;
  const name = `node-${os}-${process.arch}`;
  const prefix = path.join(CACHE, `node-${major}`);
  const binary = path.join(
    prefix,
    'node_modules',
    name,
    'bin',
    process.platform === 'win32' ? 'node.exe' : 'node',
  );
  if (!existsSync(binary)) {
    try {
      await run(
        npm,
        [
          'install',
          '--prefix',
          prefix,
          '--no-save',
          '--no-package-lock',
          '--no-audit',
          '--no-fund',
          `${name}@${major}`,
        ],
        { timeout: 120_000 },
      );
    } catch (error) {
      throw new Error(
        `no Node ${major} binary could be installed (${name}@${major}: ${String(error.message).split('\n')[0]})`,
      );
    }
  }
  if (!existsSync(binary)) throw new Error(`${name}@${major} installed no ${binary}`);
  return binary;
}
