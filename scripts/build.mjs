// Bundles the CLI into one file, dist/cli.js, that bin/talkturn.cjs compiles with a V8 code cache.
// Modules a command does not need are bundled but never run (esbuild evaluates a dynamically
// imported module only when it is imported).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { layOutBundle } from '../bin/bundle-format.cjs';
import {
  builtinsByRequire,
  inkTextCaches,
  noInkDevMode,
  oneStringWidth,
  zodEnglishOnly,
} from './build-plugins.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });

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
// One bundle runs each module's top-level code on first import, and Ink's modules start
// asynchronously (Yoga's wasm): two of ours importing each other would wait on each other forever,
// and talkturn would end at start with nothing said. Such a cycle fails the build instead.
const cycle = importCycle(bundled.metafile.inputs);
if (cycle) throw new Error(`These modules import each other: ${cycle.join(' → ')}`);
await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
for (const file of bundled.outputFiles) {
  if (!file.path.endsWith('cli.js')) {
    await writeFile(file.path, file.contents);
    continue;
  }
  // All ASCII, so bin/talkturn.cjs reads it as latin1, without decoding UTF-8 (about 4 ms less
  // at every start): the few characters esbuild leaves in regular expressions become escapes,
  // which mean the same there and in strings.
  const body = file.text.replace(
    /[^ -~\t\n\r]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  // The body must compile as a function body: no import or export statement may be left in it.
  try {
    new Function(`return async function (require, __talkturnUrl) {'use strict';\n${body}\n}`);
  } catch (error) {
    throw new Error(`dist/cli.js would not run from bin/talkturn.cjs: ${error.message}`);
  }
  const id = createHash('sha256').update(body).digest('hex').slice(0, 20);
  await writeFile(file.path, layOutBundle(id, body));
}

// bin/talkturn.cjs answers --version and --help from these files, written from the commands
// themselves, so the answer needs no bundle at all. The help is written once for each language
// and each country with crisis lines of its own; dist/help-file.cjs (src/cli/help-file.ts)
// says which one to show, from the setting and the system's locale, as the bundle would.
await build({
  entryPoints: ['src/cli/help-file.ts'],
  outfile: 'dist/help-file.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
});
const { helpVariants } = createRequire(import.meta.url)('../dist/help-file.cjs');
const noSettings = await mkdtemp(join(tmpdir(), 'talkturn-build-config-'));
for (const variant of helpVariants()) {
  const text = execFileSync(process.execPath, ['dist/cli.js', '--help', '--lang', variant], {
    encoding: 'utf8',
    // The installed command's name: under npx the bin lets the bundle answer with its own. The
    // region is only the one --lang names: no locale or setting of this machine's may add one.
    env: {
      ...process.env,
      NO_COLOR: '1',
      TALKTURN_INVOKED_AS: 'talkturn',
      TALKTURN_CONFIG_DIR: noSettings,
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'C',
    },
  });
  await writeFile(new URL(`../dist/help-${variant}.txt`, import.meta.url), text);
}
await rm(noSettings, { recursive: true, force: true });
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
// The English decks in prompts/, each other language's in prompts/<language>/, keyed by that path.
const deckFiles = [];
for (const entry of await readdir(promptsDir, { withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.md')) deckFiles.push(entry.name);
  if (entry.isDirectory()) {
    const inside = await readdir(new URL(`${entry.name}/`, promptsDir));
    deckFiles.push(...inside.filter((n) => n.endsWith('.md')).map((n) => `${entry.name}/${n}`));
  }
}
for (const name of deckFiles.sort()) {
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

/** A cycle of static imports among talkturn's own modules, or null. */
function importCycle(inputs) {
  const ours = (file) => file.startsWith('src/');
  const next = new Map(
    Object.entries(inputs)
      .filter(([file]) => ours(file))
      .map(([file, input]) => [
        file,
        input.imports
          .filter((i) => i.kind === 'import-statement' && ours(i.path))
          .map((i) => i.path),
      ]),
  );
  const state = new Map();
  const trail = [];
  const visit = (file) => {
    state.set(file, 'open');
    trail.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') return [...trail.slice(trail.indexOf(to)), to];
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    trail.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of next.keys()) {
    if (!state.has(file)) {
      const found = visit(file);
      if (found) return found;
    }
  }
  return null;
}
