// Bundles the CLI into dist/: a small entry (flag parsing) plus chunks loaded only when needed.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });

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
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __TALKTURN_VERSION__: JSON.stringify(pkg.version),
  },
  banner: {
    // signal-exit (inside Ink) is CommonJS and calls require().
    js: "#!/usr/bin/env node\nimport { createRequire as __talkturnRequire } from 'node:module';\nconst require = __talkturnRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
