// The history and export rows: talkturn's commands over folders of 100, 1,000 and 5,000
// generated notes (scripts/bench/notes-entry.ts), timed from spawn to exit, with peak memory.
// And the journal's bytes per keystroke (scripts/bench/journal-entry.ts).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { app } from './paths.mjs';
import { privateHome } from './pty-session.mjs';
import { median } from './stats.mjs';
import { tempDir } from './temp-dirs.mjs';

const run = promisify(execFile);
export const NOTE_COUNTS = [100, 1000, 5000];
const RUNS = 3;
const MAX_RSS = path.join(path.dirname(new URL(import.meta.url).pathname), 'max-rss.cjs');

/** One folder of generated notes per count, made once for all the rows. */
async function folders(shared) {
  shared.noteFolders ??= (async () => {
    const { notes } = await shared.entries();
    const made = {};
    for (const count of NOTE_COUNTS) {
      made[count] = path.join(tempDir(`notes-${count}`), 'notes');
      await run(process.execPath, [notes, made[count], String(count)]);
    }
    return made;
  })();
  return shared.noteFolders;
}

/** Median seconds and the largest peak memory (MiB) of `talkturn <args>` over the notes. */
async function timeCommand(notesDir, args) {
  const { env } = privateHome();
  const rssFile = path.join(tempDir('rss'), 'rss');
  const seconds = [];
  let peakMiB = 0;
  for (let i = 0; i < RUNS; i++) {
    const startedAt = performance.now();
    await run(process.execPath, ['--require', MAX_RSS, app.bin, ...args], {
      env: { ...env, TALKTURN_NOTES_DIR: notesDir, TALKTURN_BENCH_RSS_FILE: rssFile },
      maxBuffer: 256 * 1024 * 1024,
    });
    seconds.push((performance.now() - startedAt) / 1000);
    peakMiB = Math.max(peakMiB, Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  return { seconds: median(seconds), peakMiB };
}

/** Median seconds of `node -e 0`, to read the figures against how busy the machine is. */
async function bareNode() {
  const seconds = [];
  for (let i = 0; i < RUNS; i++) {
    const startedAt = performance.now();
    await run(process.execPath, ['-e', '0']);
    seconds.push((performance.now() - startedAt) / 1000);
  }
  return median(seconds);
}

/** The command over each folder: `{ 100: { seconds, peakMiB }, …, nodeSeconds }`. */
export async function measureNotesCommand(shared, args) {
  const made = await folders(shared);
  const out = { nodeSeconds: await bareNode() };
  for (const count of NOTE_COUNTS) out[count] = await timeCommand(made[count], args);
  return out;
}

export async function measureJournalBytes(shared) {
  const { journal } = await shared.entries();
  const out = {};
  for (const length of [1000, 10_000, 50_000]) {
    const { stdout } = await run(process.execPath, [journal, tempDir('journal'), String(length)]);
    out[length] = JSON.parse(stdout).perKey;
  }
  return out;
}
