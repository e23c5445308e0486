// Bundles the in-process entries the way scripts/build.mjs bundles the app, so they run the same
// production React and Ink code, with the same patch of Ink's caches and the same string-width.
import { build } from 'esbuild';
import path from 'node:path';
import { inkTextCaches, oneStringWidth } from '../build-plugins.mjs';
import { ROOT } from './paths.mjs';
import { tempDir } from './temp-dirs.mjs';

// Ink imports react-devtools-core only when DEV=true: an empty module stands in for it, as in the
// app's bundle (marking it external would crash at start).
const noDevtools = {
  name: 'no-devtools',
  setup(builder) {
    builder.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'react-devtools-core',
      namespace: 'bench-stub',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'bench-stub' }, () => ({
      contents: 'export default { initialize() {}, connectToDevTools() {} };',
    }));
  },
};

const ENTRIES = {
  typing: 'scripts/bench/typing-entry.tsx',
  tick: 'scripts/bench/tick-entry.tsx',
  notes: 'scripts/bench/notes-entry.ts',
  journal: 'scripts/bench/journal-entry.ts',
};

/** Returns the path of each bundled entry by name. */
export async function bundleEntries() {
  const outdir = tempDir('entries');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    plugins: [noDevtools, oneStringWidth, inkTextCaches],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      // signal-exit (inside Ink) is CommonJS and calls require().
      js: "import { createRequire as __benchRequire } from 'node:module';\nconst require = __benchRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return Object.fromEntries(
    Object.keys(ENTRIES).map((name) => [name, path.join(outdir, `${name}.mjs`)]),
  );
}
