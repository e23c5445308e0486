// Temporary folders for one bench run, all removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made = [];

export function tempDir(label) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `talkturn-bench-${label}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
