// Nothing from a deck, a note or a file name reaches the terminal as an escape code: not on the
// screens, not in `decks`, `decks --check`, `export` to the terminal, `history` or an error.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveSession } from '../../src/notes/index.js';
import { completedState } from '../notes/fixtures.js';
import { ENTER } from '../e2e/flows.js';
import { startTalkturn } from '../e2e/terminal.js';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

const TITLE_ATTACK = '\u001B]0;pwned\u0007';
const COLOUR = '\u001B[31m';

const DECK = `---
id: hostile
title: "Trust ${TITLE_ATTACK}${COLOUR}basics"
summary: "A deck whose text holds escape codes."
---

## What hurt ${TITLE_ATTACK}the most? ##

**Speaker:** Say it ${COLOUR}slowly.
`;

function withDeck(home: string): string {
  const decks = path.join(home, 'config', 'decks');
  mkdirSync(decks, { recursive: true });
  const file = path.join(decks, 'hostile.md');
  writeFileSync(file, DECK);
  return file;
}

function expectInert(text: string) {
  expect(text).not.toContain('\u001B');
  expect(text).not.toContain('\u0007');
  expect(text).not.toContain('pwned\u0007');
}

describe('text from outside, on a terminal', () => {
  it('decks lists the deck with its escape codes made inert', () => {
    const first = runCli(['decks']);
    withDeck(first.home);
    const { stdout, stderr, code } = runCli(['decks'], {
      HOME: first.home,
      TALKTURN_CONFIG_DIR: path.join(first.home, 'config'),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Trust basics');
    expectInert(stdout + stderr);
  });

  it('decks --check says the deck is fine without echoing its codes, or a file name’s', () => {
    const { home } = runCli(['--version']);
    const file = withDeck(home);
    const checked = runCli(['decks', '--check', file]);
    expectInert(checked.stdout + checked.stderr);
    const named = path.join(home, `bad\u001B]0;pwned\u0007name.md`);
    const missing = runCli(['decks', '--check', named]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('badname.md');
    expectInert(missing.stdout + missing.stderr);
  });

  it('export to the terminal and history drop the codes of a hand-edited note', () => {
    const { home } = runCli(['--version']);
    const notesDir = path.join(home, 'notes');
    const { path: note } = saveSession({ state: completedState(), notesDir });
    writeFileSync(note, `${readFileSync(note, 'utf8')}\nEdited ${TITLE_ATTACK}${COLOUR}by hand.\n`);
    const env = { HOME: home, TALKTURN_NOTES_DIR: notesDir };
    const exported = runCli(['export'], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Edited by hand.');
    expectInert(exported.stdout + exported.stderr);
    const history = runCli(['history'], env);
    expect(history.code).toBe(0);
    expectInert(history.stdout + history.stderr);
    expect(readdirSync(notesDir).filter((name) => name.endsWith('.md'))).toHaveLength(1);
  });

  it('the screens show the deck’s title and prompt without its codes', async () => {
    const { home } = runCli(['--version']);
    withDeck(home);
    const term = startTalkturn(['start', '--names', 'Ana,Ben', '--deck', 'hostile'], { home });
    await term.waitFor('Before you start');
    term.write(ENTER);
    await term.waitFor('Ground rules');
    term.write('1');
    await term.waitFor('Ana agrees ✓');
    term.write('2');
    await term.waitFor('What hurt the most?');
    term.write('\u0003');
    await term.exited;
    // The only title talkturn sets is its own.
    expect(term.raw()).not.toContain('pwned');
    expect(term.raw()).not.toContain(COLOUR);
  });
});
