// Finding decks: the built-ins, the user's decks folder, and a deck by id or by path.
import { readdir } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { builtinDecksDir, userDecksDir } from './locate.js';
import { fsMessage, readDeckFile } from './files.js';
import { compiledBuiltin } from './compiled.js';
import { practiceOrder } from './practices.js';
import { closest } from './text.js';
import {
  DeckError,
  type Deck,
  type DeckProblem,
  type DeckSource,
  type ParseResult,
} from './types.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';
import { language as currentLanguage } from '../words/language.js';

export const DEFAULT_DECK_ID = 'hard-questions';

export interface DeckList {
  decks: Deck[];
  problems: DeckProblem[];
}

interface Loaded {
  result: ParseResult;
  text?: string;
}

/** Reads and parses one file; never throws. */
export async function loadDeckFile(
  path: string,
  display: string,
  source: DeckSource,
): Promise<Loaded> {
  const ready = source === 'built-in' ? compiledBuiltin(builtinKey(path)) : undefined;
  if (ready) return { result: { ok: true, deck: { ...ready, path } } };
  const read = await readDeckFile(path, display);
  if (!read.ok) return { result: { ok: false, problems: [read.problem] } };
  // Loaded only when a deck is really parsed: YAML and the schema are off the usual start path.
  const { parseDeck } = await import('./parse.js');
  return { result: parseDeck(read.text, display, source), text: read.text };
}

/** A built-in deck's name in dist/builtin-decks.json: its path in prompts/, such as "es/x.md". */
function builtinKey(path: string): string {
  try {
    return relative(builtinDecksDir(), path).split(sep).join('/');
  } catch {
    return basename(path);
  }
}

/** The English a deck is in when it does not say: the built-ins in prompts/ itself. */
const langOf = (deck: Deck): string | undefined =>
  deck.lang ?? (deck.source === 'built-in' ? 'en' : undefined);

/**
 * Of decks that share an id (twins in other languages), the one in `language`, else the English
 * one or the one that names no language, else the first. Order is kept: the first twin's place.
 */
function oneOfEachId<T extends { deck: Deck }>(items: T[], language: string): T[] {
  const byId = new Map<string, T[]>();
  for (const item of items) byId.set(item.deck.id, [...(byId.get(item.deck.id) ?? []), item]);
  const chosen = new Set<T>();
  for (const twins of byId.values()) {
    const pick =
      twins.find((t) => langOf(t.deck) === language) ??
      twins.find((t) => (langOf(t.deck) ?? 'en') === 'en') ??
      twins[0];
    if (pick) chosen.add(pick);
  }
  return items.filter((item) => chosen.has(item));
}

/** Built-ins first (in the order of the practices), then the user's decks by id. */
/**
 * Ids are lowercase letters, digits and dashes, so plain code-point order is alphabetical; it is
 * also the same on every machine, and needs no ICU collator (about 8 ms to load at first use).
 */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function listDecks(opts: {
  configDir?: string;
  /** Whose twins to show; the current language unless given. */
  language?: string;
}): Promise<DeckList> {
  const language = opts.language ?? currentLanguage();
  const problems: DeckProblem[] = [];
  const decks: Deck[] = [];

  let builtinDir: string | undefined;
  try {
    builtinDir = builtinDecksDir();
  } catch (error) {
    problems.push({ file: 'prompts', message: (error as Error).message });
  }
  if (builtinDir) {
    // English decks are in prompts/ itself, their twins in prompts/<language>/.
    const builtins = await loadFolder(builtinDir, 'built-in', problems);
    if (language !== 'en') {
      const twins = await loadFolder(join(builtinDir, language), 'built-in', problems, true);
      builtins.splice(0, builtins.length, ...oneOfEachId([...twins, ...builtins], language));
    }
    builtins.sort(
      (a, b) =>
        practiceOrder(a.deck.practice) - practiceOrder(b.deck.practice) ||
        byCodePoint(a.deck.id, b.deck.id),
    );
    decks.push(...builtins.map((b) => b.deck));
  }

  if (opts.configDir) {
    const taken = new Map(decks.map((d) => [d.id, d.path]));
    const users = await loadFolder(userDecksDir(opts.configDir), 'user', problems);
    users.sort(
      (a, b) => byCodePoint(a.deck.id, b.deck.id) || byCodePoint(a.deck.path, b.deck.path),
    );
    // A deck and its twin in another language share an id: the one in this language is shown,
    // and its twins are not a clash of ids.
    const shown = new Set(oneOfEachId(users, language).map((u) => u.deck));
    for (const { deck, text } of users) {
      const twinOfShown =
        !shown.has(deck) &&
        users.some(
          (u) => shown.has(u.deck) && u.deck.id === deck.id && langOf(u.deck) !== langOf(deck),
        );
      if (twinOfShown) continue;
      const other = taken.get(deck.id);
      if (other === undefined) {
        taken.set(deck.id, deck.path);
        decks.push(deck);
        continue;
      }
      const owner =
        decks.find((d) => d.path === other)?.source === 'built-in'
          ? words().decks.library.aBuiltIn
          : words().decks.library.theDeckIn(basename(other));
      problems.push({
        file: deck.path,
        line: settingLine(text, 'id'),
        message: words().decks.library.idTaken(owner, deck.id),
      });
    }
  }
  return { decks, problems };
}

async function loadFolder(
  dir: string,
  source: DeckSource,
  problems: DeckProblem[],
  mayBeMissing = source === 'user',
): Promise<{ deck: Deck; text: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && mayBeMissing) return [];
    const message = code === 'ENOTDIR' ? words().decks.library.folderIsFile : fsMessage(error);
    problems.push({ file: dir, message });
    return [];
  }
  const files = names.filter((name) => isDeckFileName(name)).sort();
  const loaded = await Promise.all(
    files.map((name) => loadDeckFile(join(dir, name), join(dir, name), source)),
  );
  const decks: { deck: Deck; text: string }[] = [];
  for (const { result, text } of loaded) {
    if (result.ok) decks.push({ deck: result.deck, text: text ?? '' });
    else problems.push(...result.problems);
  }
  return decks;
}

/** Markdown files, leaving out hidden files and a README kept beside the decks. */
function isDeckFileName(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('.') && !/^readme\.md$/i.test(name);
}

/** The line of a front-matter setting in a deck's text, for pointing at it in a message. */
function settingLine(text: string, key: string): number | undefined {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
  return index === -1 ? undefined : index + 1;
}

function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(md|markdown|txt)$/i.test(ref) || ref.startsWith('.');
}

/** A deck by id (built-in or the user's) or by path. Throws DeckError with a message to print. */
export async function loadDeck(ref: string, opts: { configDir?: string }): Promise<Deck> {
  const wanted = ref.trim();
  if (wanted === '') {
    throw new DeckError(words().decks.library.giveDeck(talkturnCommand('decks')));
  }
  if (looksLikePath(wanted)) {
    // "--deck first-time.md" with no such file here most likely means the deck of that name.
    const stem = /^([a-z0-9-]+)\.md$/i.exec(wanted)?.[1];
    if (stem && !(await readDeckFile(resolve(wanted), wanted)).ok) {
      const named = (await listDecks(opts)).decks.find((d) => d.id === stem.toLowerCase());
      if (named) return named;
    }
    return loadPath(wanted);
  }

  const { decks, problems } = await listDecks(opts);
  const id = wanted.toLowerCase();
  const found = decks.find((deck) => deck.id === id);
  if (found) return found;

  // A broken deck file named after the id: its problem says more than "there is no such deck".
  const broken = problems.filter(
    (p) => basename(p.file).replace(/\.md$/i, '').toLowerCase() === id,
  );
  if (broken.length > 0) throw DeckError.fromProblems(broken);

  const onDisk = await readDeckFile(resolve(wanted), wanted);
  if (onDisk.ok) return loadPath(wanted);

  const match = closest(
    id,
    decks.map((d) => d.id),
  );
  const hint = match ? words().decks.library.didYouMean(match) : '';
  throw new DeckError(words().decks.library.noSuchDeck(wanted, hint, talkturnCommand('decks')));
}

async function loadPath(path: string): Promise<Deck> {
  const { result } = await loadDeckFile(resolve(path), path, 'file');
  if (result.ok) return { ...result.deck, path: resolve(path) };
  throw DeckError.fromProblems(result.problems, path);
}
