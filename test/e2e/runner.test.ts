// The full-screen runner's lifecycle, the same for every command that takes the screen (the
// session and the check-in): discreet screen, quick-hide, strange keys, signals, farewell.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/notes/index.js';
import { ensureBuilt } from '../cli/run-cli.js';
import { ENTER, toReflection } from './flows.js';
import { startTalkturn, type Terminal } from './terminal.js';

beforeAll(ensureBuilt);

interface Command {
  name: string;
  start(): Terminal;
  /** Up to a field being typed in; returns its first words on screen. */
  toTyping(term: Terminal): Promise<void>;
  /** The screen's title while typing there. */
  title: string;
  /** Where the words typed are, after a signal: the files that hold them. */
  kept(term: Terminal): string;
}

/** Every field a journal holds, as resume rebuilds it. */
function journalText(file: string): string {
  const read = readJournal(file);
  if (!read.ok) return '';
  return [...read.drafts.values()].map((draft) => draft.text).join('\n');
}

function filesUnder(dir: string): string {
  let all = '';
  const walk = (folder: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(folder, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? `${entry.name}/` : entry.name,
      );
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(folder, name);
      if (name.endsWith('/')) walk(full);
      // A session's journal holds a field as a chain of edits: read it as resume reads it.
      else if (name.endsWith('.jsonl')) all += journalText(full);
      else all += readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return all;
}

const COMMANDS: Command[] = [
  {
    name: 'a session',
    start: () => startTalkturn(['start', '--names', 'Ana,Ben', '--rounds', '1', '--turn', '5m']),
    toTyping: (term) => toReflection(term),
    title: 'Reflect back',
    kept: (term) => filesUnder(term.notesDir),
  },
  {
    name: 'a check-in',
    start: () => startTalkturn(['checkin', '--names', 'Ana,Ben']),
    async toTyping(term) {
      await term.waitFor('Before you start');
      term.write(ENTER);
      await term.waitFor('Ana, what is something you appreciated today?');
    },
    title: 'Check-in',
    kept: (term) => filesUnder(term.notesDir),
  },
];

describe.each(COMMANDS)('the full-screen runner, for $name', (command) => {
  it('hides the screen with Ctrl+L, holds keys back meanwhile, and brings it all back', async () => {
    const term = command.start();
    await command.toTyping(term);
    await term.type('you were scared');
    await term.waitFor('you were scared');
    term.write('\u000C');
    await term.waitFor(/^\s*$/);
    expect(term.screen()).not.toContain(command.title);
    await term.type('xyz');
    term.write(ENTER);
    term.write('\u000C');
    await term.waitFor(command.title);
    expect(term.screen()).toContain('you were scared');
    expect(term.screen()).not.toContain('xyz');
    term.write('\u0003');
    expect((await term.exited).exitCode).toBe(0);
  });

  it('takes Ctrl+F1 and pasted colour codes without ending, and keeps the words', async () => {
    const term = command.start();
    await command.toTyping(term);
    for (const key of ['\u001B[1;5P', '\u001B[1;5Q', '\u001B[1;5R', '\u001B[1;5S', '\u001B[1;6Q']) {
      term.write(key);
    }
    term.write('pasted \u001B[31mred\u001B[0m words');
    await term.waitFor('pasted red words');
    expect(term.screen()).not.toContain('Something went wrong');
    term.write('\u0003');
    expect((await term.exited).exitCode).toBe(0);
    expect(command.kept(term)).toContain('pasted red words');
  });

  it('on SIGTERM keeps the words, leaves the alternate screen, exits 143', async () => {
    const term = command.start();
    await command.toTyping(term);
    await term.type('the last words');
    await term.waitFor('the last words');
    term.kill('SIGTERM');
    const exit = await term.exited;
    expect(exit.exitCode === 143 || exit.signal === 15).toBe(true);
    expect(term.raw()).toContain('\u001B]0;talkturn\u0007');
    expect(term.raw().lastIndexOf('\u001B[?1049l')).toBeGreaterThan(
      term.raw().lastIndexOf('\u001B[?1049h'),
    );
    expect(command.kept(term)).toContain('the last words');
  });
});
