// What `npx talkturn` downloads: the packed tarball, installed into an empty prefix, must run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the published package', () => {
  it('installs from its tarball with no dependencies and runs talkturn --version', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'talkturn-pack-'));
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
        encoding: 'utf8',
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('bin/talkturn.cjs');
    expect(files).toContain('prompts/hard-questions.md');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);

    const prefix = path.join(work, 'prefix');
    execFileSync(
      npm,
      [
        'install',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        path.join(work, packed[0]!.filename),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const installed = readdirSync(path.join(prefix, 'node_modules')).filter(
      (n) => !n.startsWith('.'),
    );
    expect(installed).toEqual(['talkturn']);
    const version = execFileSync(
      path.join(prefix, 'node_modules', '.bin', 'talkturn'),
      ['--version'],
      {
        encoding: 'utf8',
      },
    );
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
