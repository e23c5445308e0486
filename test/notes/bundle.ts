// The notes modules bundled into one file, for tests that run them in child processes.
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** Bundles `src/notes` to `outfile` (an ES module anyone may read) and returns its path. */
export function bundleNotes(outfile: string): string {
  buildSync({
    entryPoints: [path.resolve('src/notes/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    // yaml is CommonJS: give the bundle a require, as the app's own build does.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  fs.chmodSync(outfile, 0o644);
  return outfile;
}
