// Promises of the README, read from the files and the command output: an existing notes folder
// is made 0700 (said once), and check-in numbers are never set side by side in history.
import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkinAt, saveCheckins, saveSessions } from '../notes/folder-fixtures.js';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

const modeOf = (dir: string) => statSync(dir).mode & 0o777;

describe('an existing notes folder', () => {
  it.skipIf(process.platform === 'win32')(
    'is made 0700 by the first command that uses it, which says so once',
    () => {
      const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'talkturn-open-')), 'shared');
      mkdirSync(dir);
      saveSessions(dir, [{ at: '2026-11-22T20:10:00+01:00' }]);
      chmodSync(dir, 0o755);

      const first = runCli(['history', '--notes-dir', dir]);
      expect(first.code).toBe(0);
      expect(modeOf(dir)).toBe(0o700);
      expect(first.stderr).toContain('it is now private to you (0700)');
      expect(first.stderr).toContain('(0755)');

      const second = runCli(['history'], { TALKTURN_NOTES_DIR: dir });
      expect(second.code).toBe(0);
      expect(second.stderr).not.toContain('private');
      expect(modeOf(dir)).toBe(0o700);
    },
  );
});

describe('talkturn history --numbers', () => {
  it('draws one partner’s check-in numbers, and without it sets none side by side', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'talkturn-numbers-')), 'notes');
    saveCheckins(dir, [checkinAt('2026-11-24T21:00:00+01:00', [7, 3])]);
    const plain = runCli(['history', '--notes-dir', dir]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('talkturn history --numbers YOUR-NAME');
    expect(plain.stdout).not.toMatch(/[█▄]/);
    const ana = runCli(['history', '--numbers', 'Ana', '--notes-dir', dir]);
    expect(ana.code).toBe(0);
    expect(ana.stdout).toContain('How safe and close Ana has felt');
    expect(ana.stdout).toMatch(/█/);
    expect(ana.stdout.slice(ana.stdout.indexOf('How safe and close Ana'))).not.toContain('Ben');
  });
});
