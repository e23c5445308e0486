// The esbuild plugins of talkturn's bundle, shared by scripts/build.mjs and the bench's entries
// (scripts/bench/bundle-entries.mjs), so both run the same Ink and the same string widths.
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { patchInk } from './patches/ink-text-caches.mjs';

// With DEV=true in the environment, Ink reads its own package.json (absent from the bundle) and
// connects to React DevTools over a WebSocket. talkturn never opens a socket: Ink's development
// switch is always off here, and its DevTools module is an empty one.
const INK_STUBS = { './utils.js': 'ink-utils.js', './devtools.js': 'ink-devtools.js' };
export const noInkDevMode = {
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
export const builtinsByRequire = {
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
export const oneStringWidth = {
  name: 'one-string-width',
  setup(builder) {
    builder.onResolve({ filter: /^string-width$/ }, () => ({
      path: fileURLToPath(new URL('./stubs/string-width.js', import.meta.url)),
    }));
  },
};

// Ink's text caches kept across frames, bounded (scripts/patches/ink-text-caches.mjs says why).
export const inkTextCaches = {
  name: 'ink-text-caches',
  setup(builder) {
    builder.onLoad(
      {
        filter: /[\\/]ink[\\/]build[\\/](output|wrap-text|measure-text|render-node-to-output)\.js$/,
      },
      async (args) => ({
        contents: patchInk(args.path, await readFile(args.path, 'utf8')),
        loader: 'js',
      }),
    );
  },
};

// zod carries its messages in 60-odd languages (about 300 kB of the bundle) under one namespace;
// talkturn writes its own messages and uses only zod's English defaults, so only those are kept.
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL('./stubs/zod-locales.js', import.meta.url)) }
        : undefined,
    );
  },
};
