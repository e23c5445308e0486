// Row 7: the packed package, installed into an empty prefix: what it brings and what it weighs.
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { app } from './paths.mjs';
import { tempDir } from './temp-dirs.mjs';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Bytes of all files under a folder. */
function sizeOf(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += sizeOf(full);
    else bytes += lstatSync(full).size;
  }
  return bytes;
}

/** Package folders under node_modules, nested ones and scoped ones included. */
function packagesIn(modules) {
  if (!existsSync(modules)) return [];
  const found = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const full = path.join(modules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(full)) found.push(path.join(full, scoped));
    } else {
      found.push(full);
    }
  }
  return found.flatMap((dir) => [dir, ...packagesIn(path.join(dir, 'node_modules'))]);
}

export async function measurePackage() {
  const packDir = tempDir('pack');
  const prefix = tempDir('prefix');
  // The snapshot is already built and holds only what ships (no scripts/), so npm's prepack
  // build is skipped here: it would fail for want of scripts/build.mjs.
  const { stdout } = await run(
    npm,
    ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir],
    { cwd: app.root },
  );
  const [packed] = JSON.parse(stdout);
  const tarball = path.join(packDir, packed.filename);
  await run(
    npm,
    ['install', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund', '--silent'],
    { cwd: prefix },
  );
  const modules = path.join(prefix, 'node_modules');
  const packages = packagesIn(modules).map((dir) => path.relative(modules, dir));
  const installed = path.join(modules, 'talkturn');
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const scripts = readdirSync(path.join(installed, 'dist')).filter((f) => f.endsWith('.js'));
  const { stdout: version } = await run(process.execPath, [
    path.join(modules, '.bin/talkturn'),
    '--version',
  ]);
  return {
    packages,
    runtimeDependencies: Object.keys(manifest.dependencies ?? {}).length,
    bytes: sizeOf(modules),
    tarballBytes: packed.size,
    files: packed.entryCount,
    scripts,
    runs: version.trim() === manifest.version,
  };
}
