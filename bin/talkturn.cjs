#!/usr/bin/env node
// The executable. --version and --help are answered here, synchronously, from files the build
// writes: a CommonJS file starts faster than an ES module, and these two should feel instant.
// Everything else runs the bundle, with a V8 code cache (bin/code-cache.cjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
// Under npx the help names commands as `npx …`: the bundle writes that one (src/invocation.ts).
const npx = process.env.npm_lifecycle_event === 'npx';
const only = args.length === 1 ? args[0] : undefined;
const dist = path.join(__dirname, '..', 'dist');

/** The help in the language and for the country talkturn would speak in (src/cli/help-file.ts). */
function helpFile() {
  return require(path.join(dist, 'help-file.cjs')).helpFileForStart(process.env);
}

let text = null;
try {
  const answer =
    only === '--version' || only === '-v'
      ? 'version.txt'
      : (only === '--help' || only === '-h') && !npx
        ? helpFile()
        : null;
  if (answer) text = fs.readFileSync(path.join(dist, answer), 'utf8');
} catch {
  text = null;
}
if (text === null) {
  require('./code-cache.cjs').runBundle(path.join(__dirname, '..', 'dist', 'cli.js'));
} else {
  try {
    fs.writeSync(1, text);
  } catch {
    // The reader went away (talkturn --help | head): nothing left to say.
  }
}
