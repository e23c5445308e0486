// Bundles the CLI into one file, dist/cli.js, that bin/talkturn.cjs compiles with a V8 code cache.
// Modules a command does not need are bundled but never run (esbuild evaluates a dynamically
// imported module only when it is imported).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_PRELUDE, bundleHeader } from '../bin/bundle-format.cjs';
import { patchInk } from './patches/ink-text-caches.mjs';

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

// Node's own modules come in through require(), never an import statement: what is left of the
// ES module is then also the body of a function, which bin/talkturn.cjs compiles with vm.Script
// (the one way to give V8 a code cache on Node 20).
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(builder) {
    builder.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!BUILTINS.has(args.path)) return undefined;
      if (args.namespace === 'node-builtin') return { path: args.path, external: true };
      return { path: args.path, namespace: 'node-builtin' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// One string-width for every width computed (Ink's, wrap-ansi's older copy, ours), with its emoji
// pattern built only when a cluster could be an emoji (see the file for why).
const oneStringWidth = {
  name: 'one-string-width',
  setup(builder) {
    builder.onResolve({ filter: /^string-width$/ }, () => ({
      path: fileURLToPath(new URL('./stubs/string-width.js', import.meta.url)),
    }));
  },
};

// Ink's text caches kept across frames, bounded (scripts/patches/ink-text-caches.mjs says why).
const inkTextCaches = {
  name: 'ink-text-caches',
  setup(builder) {
    builder.onLoad(
      { filter: /[\\/]ink[\\/]build[\\/](output|wrap-text|measure-text)\.js$/ },
      async (args) => ({
        contents: patchInk(args.path, await readFile(args.path, 'utf8')),
        loader: 'js',
      }),
    );
  },
};

// zod carries its messages in 60-odd languages (about 300 kB of the bundle) under one namespace;
// talkturn writes its own messages and uses only zod's English defaults, so only those are kept.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL('./stubs/zod-locales.js', import.meta.url)) }
        : undefined,
    );
  },
};

const bundled = await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  write: false,
  metafile: true,
  plugins: [noInkDevMode, builtinsByRequire, oneStringWidth, inkTextCaches, zodEnglishOnly],
  define: {
    'process.env.NODE_ENV': '"production"',
    __TALKTURN_VERSION__: JSON.stringify(pkg.version),
    // Nothing in talkturn fetches. Without a fetch, yoga-layout (inside Ink) reads its wasm from
    // the bundle directly instead of loading Node's HTTP client for a data: URL (~30 ms, 10 MiB).
    fetch: 'undefined',
    // The bundle's address, given by the prelude (run directly) or by bin/talkturn.cjs.
    'import.meta.url': '__talkturnUrl',
  },
  logLevel: 'warning',
});
// vm.Script code has no loader for import(): everything it imports must be inside the bundle.
for (const output of Object.values(bundled.metafile.outputs)) {
  const outside = output.imports.filter((i) => i.external && i.kind !== 'require-call');
  if (outside.length > 0) throw new Error(`dist/cli.js imports ${outside[0].path} from outside`);
}
await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
for (const file of bundled.outputFiles) {
  if (!file.path.endsWith('cli.js')) {
    await writeFile(file.path, file.contents);
    continue;
  }
  // The body must compile as a function body: no import or export statement may be left in it.
  const body = file.text;
  try {
    new Function(`return async function (require, __talkturnUrl) {'use strict';\n${body}\n}`);
  } catch (error) {
    throw new Error(`dist/cli.js would not run from bin/talkturn.cjs: ${error.message}`);
  }
  const id = createHash('sha256').update(body).digest('hex').slice(0, 20);
  await writeFile(file.path, bundleHeader(id) + BUNDLE_PRELUDE + body);
}

// bin/talkturn.cjs answers --version and --help from these files, written from the commands
// themselves, so the answer needs no bundle at all.
const help = execFileSync(process.execPath, ['dist/cli.js', '--help'], {
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
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
