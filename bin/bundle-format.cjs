// How dist/cli.js begins, shared by the build that writes it and bin/talkturn.cjs that runs it.
// Line 1 is the shebang, line 2 names the build (a hash of the body), line 3 is the prelude an
// ES module needs to run the body on its own; from line 4 on, the body is also a function body.
'use strict';

const BUNDLE_PRELUDE =
  "import{createRequire as __talkturnCreateRequire}from'node:module';const require=__talkturnCreateRequire(import.meta.url),__talkturnUrl=import.meta.url;\n";

function bundleHeader(id) {
  return `#!/usr/bin/env node\n// talkturn bundle ${id}: bin/talkturn.cjs runs what follows the next line as a function, with a V8 code cache.\n`;
}

/** The build id and the body of dist/cli.js, or null when the file is not laid out this way. */
function splitBundle(text) {
  const second = text.indexOf('\n') + 1;
  const third = text.indexOf('\n', second) + 1;
  const match = /^\/\/ talkturn bundle ([0-9a-f]{8,64}): /.exec(text.slice(second, third));
  if (second === 0 || third === 0 || !match) return null;
  if (!text.startsWith(BUNDLE_PRELUDE, third)) return null;
  return { id: match[1], body: text.slice(third + BUNDLE_PRELUDE.length), bodyLine: 3 };
}

module.exports = { BUNDLE_PRELUDE, bundleHeader, splitBundle };
