// A notes folder filled by talkturn's own writers, plus a person's own files beside them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, vi } from 'vitest';
import { runForgetCommand, type ForgetCommandOptions } from '../../src/forget/index.js';
import { createJournal, journalDir, type Journal } from '../../src/notes/index.js';
import { config } from '../notes/fixtures.js';
import { capture } from '../notes/folder-fixtures.js';

export { checkinAt, saveCheckins, saveSessions, workDir } from '../notes/folder-fixtures.js';

const open: Journal[] = [];

afterEach(() => {
  for (const journal of open.splice(0)) journal.close();
});

/** A pid that is not running: what a killed talkturn leaves in temp file names. */
export const DEAD_PID = 2 ** 22 + 12345;

/** The journal of a session started at `at`, with typed words in it. Closed unless `live`. */
export function journalAt(notes: string, at: string, live = false): Journal {
  const journal = createJournal({
    notesDir: notes,
    config: config({ startedAtIso: at }),
    startedAt: 1_000,
  });
  journal.draft('reflect:0:0:0', { text: 'What I heard is that you were scared.', cursor: 5 });
  journal.flush();
  if (live) open.push(journal);
  else journal.close();
  return journal;
}

/** Every file in the folder and in `.journal/`, by name relative to the folder, sorted. */
export function filesIn(notes: string): string[] {
  const top = fs.readdirSync(notes).filter((n) => n !== '.journal');
  let hidden: string[] = [];
  try {
    hidden = fs.readdirSync(journalDir(notes)).map((n) => path.join('.journal', n));
  } catch {
    // No journal folder.
  }
  return [...top, ...hidden].sort();
}

export async function forget(
  notesDir: string,
  options: Partial<ForgetCommandOptions> & { answer?: boolean } = {},
) {
  const { out, err, sinks } = capture();
  const confirm = vi.fn(async (_question: string) => options.answer ?? true);
  const code = await runForgetCommand({
    notesDir,
    sessions: [],
    all: false,
    yes: false,
    interactive: true,
    confirm,
    ...sinks,
    ...options,
  });
  const asked = confirm.mock.calls.map(([question]) => question);
  return { code, out, err, asked, text: [...out, ...err].join('\n') };
}
