// Messages name the command as this person started talkturn: a command they can really run.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandPrefix, type StartedFrom } from '../../src/invocation.js';

function tree() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'talkturn-invocation-'));
  const installed = (folder: string) => {
    const bin = path.join(folder, 'node_modules', 'talkturn', 'bin', 'talkturn.cjs');
    mkdirSync(path.dirname(bin), { recursive: true });
    writeFileSync(bin, '#!/usr/bin/env node\n');
    chmodSync(bin, 0o755);
    const link = path.join(folder, 'node_modules', '.bin', 'talkturn');
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.relative(path.dirname(link), bin), link);
    return { bin, link };
  };
  return { root, installed };
}

const from = (over: Partial<StartedFrom>): StartedFrom => ({
  env: {},
  script: undefined,
  cwd: '/',
  platform: 'linux',
  ...over,
});

/** npx's cache folder for one spec, as npm 11 writes it. */
function npxCache(root: string, spec: string) {
  const folder = path.join(root, '.npm', '_npx', '5e0c022b7e914d59');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({ dependencies: { talkturn: spec }, _npx: { packages: [spec] } }),
  );
  return folder;
}

describe('the command a message names', () => {
  it('is npx talkturn after npx fetched it from the registry', () => {
    const { root, installed } = tree();
    const { link } = installed(npxCache(root, 'talkturn@latest'));
    const env = { npm_lifecycle_event: 'npx', npm_command: 'exec', PATH: path.dirname(link) };
    expect(commandPrefix(from({ env, script: link }))).toBe('npx talkturn');
  });

  it('names the repository after npx fetched it from one, never a package that may not exist', () => {
    const { root, installed } = tree();
    const { link } = installed(npxCache(root, 'github:someone/talkturn'));
    const env = { npm_lifecycle_event: 'npx', PATH: path.dirname(link) };
    expect(commandPrefix(from({ env, script: link }))).toBe('npx github:someone/talkturn');
  });

  it('says --package after npx ran a tarball or folder, as npx needs it', () => {
    const { root, installed } = tree();
    const { link } = installed(npxCache(root, '/tmp/talkturn-0.1.0.tgz'));
    const env = { npm_lifecycle_event: 'npx', PATH: path.dirname(link) };
    expect(commandPrefix(from({ env, script: link }))).toBe(
      'npx --package /tmp/talkturn-0.1.0.tgz talkturn',
    );
  });

  it('is npx talkturn for a local install run through npx', () => {
    const { root, installed } = tree();
    const { link } = installed(path.join(root, 'project'));
    expect(commandPrefix(from({ env: { npm_lifecycle_event: 'npx' }, script: link }))).toBe(
      'npx talkturn',
    );
  });

  it('is plain talkturn when the talkturn on the PATH is this program', () => {
    const { root, installed } = tree();
    const { bin, link } = installed(path.join(root, 'global', 'lib'));
    const env = { PATH: ['/nowhere', path.dirname(link)].join(path.delimiter) };
    expect(commandPrefix(from({ env, script: bin }))).toBe('talkturn');
  });

  it('is node and the path when started from a checkout, even with another talkturn installed', () => {
    const { root, installed } = tree();
    const other = installed(path.join(root, 'elsewhere'));
    const checkout = path.join(root, 'checkout');
    const script = path.join(checkout, 'bin', 'talkturn.cjs');
    mkdirSync(path.dirname(script), { recursive: true });
    writeFileSync(script, '');
    const env = { PATH: path.dirname(other.link), npm_lifecycle_event: 'start' };
    expect(commandPrefix(from({ env, script, cwd: checkout }))).toBe('node bin/talkturn.cjs');
    expect(commandPrefix(from({ env, script, cwd: root }))).toBe(
      `node ${path.join('checkout', 'bin', 'talkturn.cjs')}`,
    );
    expect(commandPrefix(from({ env, script, cwd: '/somewhere/else' }))).toBe(`node ${script}`);
  });
});
