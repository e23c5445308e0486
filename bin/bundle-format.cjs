// How dist/cli.js is laid out, shared by the build that writes it and bin/talkturn.cjs that runs
// it. Line 1 is the shebang, line 2 names the build (a hash of the body), line 3 is the prelude
// an ES module needs, and the rest is one async function called at once: run as a module, the
// file calls it itself; bin/talkturn.cjs compiles just that function, with a V8 code cache,
// straight from the text it read (no copy of the 1.2 MB source).
'use strict';

const PRELUDE =
  "import{createRequire as __talkturnCreateRequire}from'node:module';const require=__talkturnCreateRequire(import.meta.url);\n";
const CALL = 'await ';
const OPEN = "(async function (require, __talkturnUrl) {'use strict';\n";
const CLOSE = '\n})';
const ARGUMENTS = '(require, import.meta.url);\n';

/** The whole file for a build `id` and the bundle's `body`. */
function layOutBundle(id, body) {
  return `#!/usr/bin/env node\n// talkturn bundle ${id}: bin/talkturn.cjs compiles the function below with a V8 code cache.\n${PRELUDE}${CALL}${OPEN}${body}${CLOSE}${ARGUMENTS}`;
}

/**
 * The build id and the function's source (a slice of `text`) with where it starts, or null when
 * the file is not laid out this way.
 */
function splitBundle(text) {
  const second = text.indexOf('\n') + 1;
  const third = text.indexOf('\n', second) + 1;
  const match = /^\/\/ talkturn bundle ([0-9a-f]{8,64}): /.exec(text.slice(second, third));
  if (second === 0 || third === 0 || !match || !text.startsWith(PRELUDE, third)) return null;
  const start = third + PRELUDE.length + CALL.length;
  if (!text.startsWith(OPEN, start) || !text.endsWith(CLOSE + ARGUMENTS)) return null;
  return {
    id: match[1],
    source: text.slice(start, text.length - ARGUMENTS.length),
    lineOffset: 3,
    columnOffset: CALL.length,
  };
}

module.exports = { layOutBundle, splitBundle };
