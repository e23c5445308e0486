// `talkturn decks` and `talkturn decks --check FILE`.
import { resolve } from 'node:path';
import { formatDuration } from '../session/duration.js';
import { userDecksDir } from './locate.js';
import { DEFAULT_DECK_ID, listDecks, loadDeckFile } from './library.js';
import { formatProblem, type Deck } from './types.js';
import { wrap } from '../text/wrap.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';
import { plural } from '../words/format.js';

export interface DecksCommandOptions {
  check?: string;
  configDir?: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const WIDTH = 78;
const INDENT = '    ';

/** Lists the decks, or checks one file. Returns the exit code: 0 ok, 1 when a check fails. */
export async function runDecksCommand(opts: DecksCommandOptions): Promise<number> {
  return opts.check === undefined ? listCommand(opts) : checkCommand(opts.check, opts);
}

async function listCommand(opts: DecksCommandOptions): Promise<number> {
  const { decks, problems } = await listDecks({ configDir: opts.configDir });
  const builtins = decks.filter((d) => d.source === 'built-in');
  const own = decks.filter((d) => d.source !== 'built-in');

  const said = words().decks.list;
  opts.out(said.builtIn);
  for (const deck of builtins) printDeck(deck, opts.out);

  if (opts.configDir !== undefined) {
    const folder = userDecksDir(opts.configDir);
    opts.out('');
    if (own.length === 0) {
      opts.out(said.noneOfYours(folder));
    } else {
      opts.out(said.yours(folder));
      for (const deck of own) printDeck(deck, opts.out);
    }
  }

  opts.out('');
  const stand = words().cli.placeholders;
  opts.out(said.startWith(talkturnCommand(`start --deck ${stand.deckId}`)));
  opts.out(said.checkFile(talkturnCommand(`decks --check ${stand.file}`)));

  if (problems.length > 0) {
    opts.err('');
    opts.err(plural(problems.length, said.leftOut));
    for (const problem of problems) opts.err(formatProblem(problem));
  }
  return 0;
}

function printDeck(deck: Deck, out: (line: string) => void): void {
  const said = words().decks.list;
  const details = [deck.title, countPrompts(deck)];
  if (deck.turnMs !== undefined) details.push(said.turns(formatDuration(deck.turnMs), deck.solo));
  if (deck.solo) details.push(said.solo);
  const isDefault = deck.id === DEFAULT_DECK_ID && deck.source === 'built-in';

  out('');
  out(`  ${deck.id}${isDefault ? said.isDefault : ''}`);
  for (const text of [details.join(' · '), deck.summary]) {
    for (const line of text ? wrap(text, WIDTH - INDENT.length) : []) out(INDENT + line);
  }
}

function countPrompts(deck: Deck): string {
  return plural(deck.prompts.length, words().decks.list.prompts);
}

async function checkCommand(file: string, opts: DecksCommandOptions): Promise<number> {
  const { result } = await loadDeckFile(resolve(file), file, 'file');
  if (!result.ok) {
    for (const problem of result.problems) opts.err(formatProblem(problem));
    return 1;
  }
  const { deck } = result;
  opts.out(words().decks.check.ok(file, deck.title, deck.id, countPrompts(deck)));

  const { decks } = await listDecks({});
  const builtin = decks.find((d) => d.id === deck.id);
  if (builtin && resolve(builtin.path) !== resolve(file)) {
    opts.err(words().decks.check.shadowed(file, deck.id));
  }
  return 0;
}
