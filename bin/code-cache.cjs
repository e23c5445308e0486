// Runs dist/cli.js through vm.Script with a V8 code cache kept in the user's cache folder, so the
// second start of a version skips most of parsing and compiling (Node 20 has no other way to
// cache an ES module's code). The cache is a convenience and is never trusted: its file names the
// build, Node, V8 and the machine it was made for and carries a checksum of its bytes, and V8
// checks it again; anything that does not match is ignored and rewritten. It is written a moment
// after start (or at the end of a shorter command), off the first screen's path, readable only by
// its owner.
'use strict';
const { Buffer } = require('node:buffer');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { clearTimeout, setTimeout } = require('node:timers');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
const { splitBundle } = require('./bundle-format.cjs');

const MAGIC = 'talkturn code cache 1\n';
/** By then the first screen is drawn: the cache holds what it took to draw it. */
const WRITE_AFTER_MS = 1000;

/** The user's cache folder for talkturn, as each system names it. */
function cacheDir(env = process.env, platform = process.platform) {
  if (env.TALKTURN_CACHE_DIR) return env.TALKTURN_CACHE_DIR;
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'talkturn', 'Cache');
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'talkturn');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'talkturn');
}

/** What a cache must have been made for: this build, this Node and V8, this machine. */
function cacheKey(id) {
  return `${id} ${process.version} ${process.versions.v8} ${process.platform} ${process.arch}`;
}

/**
 * The commands that print and end (decks, history, export, forget) run other code than the
 * screens, so each kind has its own cache: neither holds the other back.
 */
function cacheKind(args = process.argv.slice(2)) {
  return ['decks', 'history', 'export', 'forget'].includes(args[0]) ? 'commands' : 'screens';
}

const cacheFile = (dir, id, kind = cacheKind()) =>
  path.join(
    dir,
    `code-${id}-${process.versions.v8.replace(/[^\w.-]/g, '_')}-${process.arch}-${kind}.bin`,
  );

const checksum = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** The cached code for `key`, or null when there is none or it is not exactly what was written. */
function readCache(file, key) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return null;
  }
  const header = `${MAGIC}${key}\n`;
  const sumStart = header.length;
  const payloadStart = sumStart + 65;
  if (data.length <= payloadStart || data.toString('latin1', 0, sumStart) !== header) return null;
  const payload = data.subarray(payloadStart);
  if (data.toString('latin1', sumStart, payloadStart) !== `${checksum(payload)}\n`) return null;
  return payload;
}

/** Writes the cache whole or not at all (a new name, then renamed), and drops older builds'. */
function writeCache(dir, file, key, payload) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    const header = Buffer.from(`${MAGIC}${key}\n${checksum(payload)}\n`, 'latin1');
    fs.writeFileSync(temporary, Buffer.concat([header, payload]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, file);
    const current = path.basename(file).split('-').slice(0, 2).join('-');
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith('code-') && !name.startsWith(`${current}-`)) {
        fs.rmSync(path.join(dir, name), { force: true });
      }
    }
  } catch {
    // A read-only or full disk: talkturn starts a little slower next time, nothing more.
  }
}

/**
 * Runs the bundle at `bundlePath`; resolves when its top level has run. Falls back to importing
 * it as an ES module when it is not laid out as bin/bundle-format.cjs says.
 */
function runBundle(bundlePath, { env = process.env, writeAfterMs = WRITE_AFTER_MS } = {}) {
  const url = pathToFileURL(bundlePath).href;
  // The build writes it all in ASCII: latin1 reads it the same, only faster.
  const parts = splitBundle(fs.readFileSync(bundlePath, 'latin1'));
  if (!parts) return import(url);
  const dir = cacheDir(env);
  const file = cacheFile(dir, parts.id);
  const key = cacheKey(parts.id);
  const cachedData = readCache(file, key) ?? undefined;
  const script = new vm.Script(parts.source, {
    filename: bundlePath,
    lineOffset: parts.lineOffset,
    columnOffset: parts.columnOffset,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // A moment after the start, or at the end of a command that ends sooner.
    const write = () => {
      clearTimeout(timer);
      process.removeListener('exit', write);
      writeCache(dir, file, key, script.createCachedData());
    };
    const timer = setTimeout(write, writeAfterMs).unref();
    process.once('exit', write);
  }
  return script.runInThisContext()(createRequire(bundlePath), url);
}

module.exports = { cacheDir, cacheFile, cacheKey, cacheKind, readCache, runBundle };
