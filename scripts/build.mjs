// Bundles the CLI into dist/: a small entry (flag parsing) plus chunks loaded only when needed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
  // The installed command's name: under npx the bin lets the bundle answer with its own.
  env: { ...process.env, NO_COLOR: '1', TALKTURN_INVOKED_AS: 'talkturn' },
});
await writeFile(new URL('../dist/help.txt', import.meta.url), help);
await writeFile(new URL('../dist/version.txt', import.meta.url), `${pkg.version}\n`);

// The built-in decks, parsed once here with the same parser, so a session starts without
// loading YAML and the schema (src/decks/compiled.ts reads this). A broken deck fails the build.
const parser = await build({
  stdin: {
    contents: "export { parseDeck } from './src/decks/parse.ts';",
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  write: false,
  logLevel: 'warning',
});
const parserFile = join(await mkdtemp(join(tmpdir(), 'talkturn-build-')), 'parse-deck.mjs');
await writeFile(parserFile, parser.outputFiles[0].text);
const { parseDeck } = await import(pathToFileURL(parserFile).href);
const promptsDir = new URL('../prompts/', import.meta.url);
const compiled = {};
for (const name of (await readdir(promptsDir)).filter((n) => n.endsWith('.md')).sort()) {
  const result = parseDeck(
    await readFile(new URL(name, promptsDir), 'utf8'),
    `prompts/${name}`,
    'built-in',
  );
  if (!result.ok)
    throw new Error(`prompts/${name} is not a valid deck: ${result.problems[0].message}`);
  // The path is where the package is installed, known only when it runs.
  compiled[name] = { ...result.deck, path: undefined };
}
await writeFile(new URL('../dist/builtin-decks.json', import.meta.url), JSON.stringify(compiled));
