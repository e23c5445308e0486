// Bundles the CLI into dist/: a small entry (flag parsing) plus chunks loaded only when needed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });

// With DEV=true in the environment, Ink reads its own package.json (absent from the bundle) and
// connects to React DevTools over a WebSocket. talkturn never opens a socket: Ink's development
// switch is always off here, and its DevTools module is an empty one.
const INK_STUBS = { './utils.js': 'ink-utils.js', './devtools.js': 'ink-devtools.js' };
const noInkDevMode = {
  name: 'no-ink-dev-mode',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/(utils|devtools)\.js$/ }, (args) =>
      /node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer)
        ? { path: new URL(`./stubs/${INK_STUBS[args.path]}`, import.meta.url).pathname }
        : undefined,
    );
  },
};

await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [noInkDevMode],
  define: {
    'process.env.NODE_ENV': '"production"',
    __TALKTURN_VERSION__: JSON.stringify(pkg.version),
    // Nothing in talkturn fetches. Without a fetch, yoga-layout (inside Ink) reads its wasm from
    // the bundle directly instead of loading Node's HTTP client for a data: URL (~30 ms, 10 MiB).
    fetch: 'undefined',
  },
  banner: {
    // signal-exit (inside Ink) is CommonJS and calls require().
    js: "#!/usr/bin/env node\nimport { createRequire as __talkturnRequire } from 'node:module';\nconst require = __talkturnRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// bin/talkturn.cjs answers --version and --help from these files, written from the commands
// themselves, so the answer needs no bundle at all.
const help = execFileSync(process.execPath, ['dist/cli.js', '--help'], {
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
});
await writeFile(new URL('../dist/help.txt', import.meta.url), help);
await writeFile(new URL('../dist/version.txt', import.meta.url), `${pkg.version}\n`);
