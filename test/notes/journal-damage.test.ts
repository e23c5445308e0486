// A damaged journal: one bad byte in the header leaves the session resumable (the header is
// written twice), and a damaged record is dropped and counted (each carries a checksum), never
// taken as what was typed.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournal, readJournal, resumeJournal } from '../../src/notes/index.js';
import { config, tempDir } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function writtenJournal(): string {
  const journal = createJournal({ notesDir: dir, config: config(), startedAt: 1_000 });
  journal.event({ type: 'agree', partner: 0, at: 1_100 });
  journal.draft('reflect:0:0:0', { text: 'you felt alone', cursor: 14 }, 1_200);
  journal.draft('reflect:0:0:0', { text: 'you felt alone that winter', cursor: 26 }, 1_300);
  journal.close();
  return journal.path;
}

/** Changes one character of the `line`-th line (0-based) at `column`. */
function flip(file: string, line: number, at: (text: string) => number): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const text = lines[line]!;
  const column = at(text);
  const char = text[column]!;
  lines[line] = text.slice(0, column) + (char === 'x' ? 'y' : 'x') + text.slice(column + 1);
  fs.writeFileSync(file, lines.join('\n'));
}

describe('a damaged journal', () => {
  it('resumes with one flipped byte in its header line, every record intact', () => {
    const file = writtenJournal();
    flip(file, 0, (text) => text.indexOf('"format"') + 3);
    const read = readJournal(file);
    if (!read.ok) throw read.error;
    expect(read.dropped).toBe(1);
    expect(read.events).toEqual([{ type: 'agree', partner: 0, at: 1_100 }]);
    expect(read.drafts.get('reflect:0:0:0')?.text).toBe('you felt alone that winter');
    const { journal, contents } = resumeJournal(file);
    expect(contents.config.partners).toEqual(config().partners);
    journal.close();
  });

  it('drops a draft with a flipped letter, says so, and keeps the one before it', () => {
    const file = writtenJournal();
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const last = lines.findLastIndex((text) => text.includes('that winter'));
    flip(file, last, (text) => text.indexOf('winter') + 1);
    const read = readJournal(file);
    if (!read.ok) throw read.error;
    expect(read.dropped).toBe(1);
    expect(read.drafts.get('reflect:0:0:0')?.text).toBe('you felt alone');
  });
});
