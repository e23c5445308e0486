// Whether this machine lets the tests mount a small tmpfs (a real disk to fill or break).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Null when a tmpfs can be mounted here; else why not, to show in the skipped test's name. */
export function mountProblem(): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    fs.rmdirSync(probe);
  }
}
