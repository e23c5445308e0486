// Where the bench finds the talkturn it measures.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dirs.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SHIPPED = ['bin', 'dist', 'prompts', 'package.json', 'README.md', 'LICENSE'];

/**
 * The built package, copied once at the start: others rebuild dist/ in this work tree while the
 * bench runs, and a half-written dist/ would fail a row for no fault of the app.
 */
export const app = { root: ROOT, bin: path.join(ROOT, 'bin/talkturn.cjs') };

export function snapshotBuild() {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench does) first');
  }
  const root = tempDir('package');
  for (const name of SHIPPED) {
    cpSync(path.join(ROOT, name), path.join(root, name), { recursive: true });
  }
  app.root = root;
  app.bin = path.join(root, 'bin/talkturn.cjs');
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
