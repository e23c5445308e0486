// How this person started talkturn, so every message names a command they can really run:
// `npx talkturn resume` after npx, `talkturn resume` when it is installed, `node …` otherwise.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface StartedFrom {
  env: Record<string, string | undefined>;
  /** The script node ran (process.argv[1]). */
  script: string | undefined;
  cwd: string;
  platform: NodeJS.Platform;
}

/** What a registry spec looks like: a name alone, or a name with a version or tag. */
const REGISTRY_SPEC = /^talkturn(@[\w.^~<>=|* -]+)?$/;

function realpath(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}

/** npx keeps each package it fetched in ~/.npm/_npx/<hash>/, with the spec it was given. */
function npxSpec(script: string): string | null {
  const marker = `${path.sep}_npx${path.sep}`;
  const at = script.indexOf(marker);
  if (at < 0) return null;
  const rest = script.slice(at + marker.length);
  const folder = script.slice(0, at + marker.length) + rest.split(path.sep)[0];
  try {
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
      _npx?: { packages?: unknown[] };
      dependencies?: Record<string, string>;
    };
    const given = manifest._npx?.packages?.find((spec): spec is string => typeof spec === 'string');
    return given ?? manifest.dependencies?.talkturn ?? null;
  } catch {
    return null;
  }
}

/** Whether `talkturn` on the PATH is this very program. */
function onPath(script: string, from: StartedFrom): boolean {
  const self = realpath(script);
  if (!self) return false;
  const names = from.platform === 'win32' ? ['talkturn.cmd', 'talkturn.exe'] : ['talkturn'];
  for (const dir of (from.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (!existsSync(candidate)) continue;
      // A Windows shim is a small script, not a link: trust it when it sits beside npm's own.
      if (from.platform === 'win32') return true;
      if (realpath(candidate) === self) return true;
    }
  }
  return false;
}

function quoted(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The words that start talkturn again the way it was started this time. */
export function commandPrefix(from: StartedFrom): string {
  const override = from.env.TALKTURN_INVOKED_AS;
  if (override) return override;
  const { script } = from;
  if (!script) return 'talkturn';
  // npm exec (npx) marks its child with this lifecycle event.
  if (from.env.npm_lifecycle_event === 'npx') {
    const spec = npxSpec(script);
    // Outside npx's cache (a local install in node_modules/.bin), `npx talkturn` finds it again.
    if (spec === null || REGISTRY_SPEC.test(spec)) return 'npx talkturn';
    // npx runs a bare path as a command of its own: a tarball or folder needs --package.
    if (/^(file:|\.|\/|~|[A-Za-z]:\\)/.test(spec)) return `npx --package ${quoted(spec)} talkturn`;
    return `npx ${quoted(spec)}`;
  }
  if (onPath(script, from)) return 'talkturn';
  // Started by path (a checkout, `npm start`): node and that path always work from here.
  const relative = path.relative(from.cwd, script);
  return `node ${quoted(relative && !relative.startsWith('..') ? relative : script)}`;
}

let prefix: string | undefined;

/** The command to type for `rest`, e.g. talkturnCommand('resume') → "npx talkturn resume". */
export function talkturnCommand(rest = ''): string {
  prefix ??= commandPrefix({
    env: process.env,
    script: process.argv[1],
    cwd: process.cwd(),
    platform: process.platform,
  });
  return rest ? `${prefix} ${rest}` : prefix;
}
