import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DeckError,
  builtinDecksDir,
  listDecks,
  loadDeck,
  userDecksDir,
} from '../../src/decks/index.js';
import { configWithDecks, deckText, tempDir } from './helpers.js';

async function loadError(ref: string, configDir?: string): Promise<DeckError> {
  const error = await loadDeck(ref, { configDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeckError);
  return error as DeckError;
}

describe('listDecks', () => {
  it('lists built-ins first, then the user decks by id', async () => {
    const configDir = await configWithDecks({
      'zeta.md': deckText('zeta'),
      'alpha.md': deckText('alpha'),
      'README.md': 'Notes about these decks, not a deck.',
      '.hidden.md': 'not a deck either',
      'notes.txt': 'not a deck',
    });
    const { decks, problems } = await listDecks({ configDir });
    expect(problems).toEqual([]);
    const users = decks.filter((d) => d.source === 'user');
    expect(users.map((d) => d.id)).toEqual(['alpha', 'zeta']);
    expect(users[0]?.path).toBe(join(configDir, 'decks', 'alpha.md'));
    const firstUser = decks.findIndex((d) => d.source === 'user');
    expect(decks.slice(0, firstUser).every((d) => d.source === 'built-in')).toBe(true);
    expect(firstUser).toBeGreaterThanOrEqual(12);
  });

  it('orders the built-ins by practice, starting where you are', async () => {
    const { decks } = await listDecks({});
    expect(decks.slice(0, 4).map((d) => d.id)).toEqual([
      'first-time',
      'start-where-you-are',
      'stop-pretending',
      'hard-questions',
    ]);
    expect(decks.at(-1)?.id).toBe('healing-over-winning');
  });

  it('turns a broken user deck into a problem and keeps every other deck', async () => {
    const configDir = await configWithDecks({
      'good.md': deckText('good'),
      'broken.md': '---\nid: broken\ntitle: Broken\nturn: abc\n---\n## Why?\n',
      'binary.md': '\u0000\u0001\u0002',
    });
    const dir = userDecksDir(configDir);
    const { decks, problems } = await listDecks({ configDir });
    expect(decks.some((d) => d.id === 'good')).toBe(true);
    expect(decks.some((d) => d.id === 'hard-questions')).toBe(true);
    expect(problems).toEqual([
      {
        file: join(dir, 'binary.md'),
        message: 'this is not a text file: a deck is a markdown file saved as plain text',
      },
      {
        file: join(dir, 'broken.md'),
        line: 4,
        message: 'turn must be a length of time such as 3m, 90s or 1m30s, not "abc"',
      },
    ]);
  });

  it('leaves out a user deck that takes a built-in id or another deck’s id', async () => {
    const configDir = await configWithDecks({
      'mine.md': deckText('hard-questions', 'My hard questions'),
      'a.md': deckText('twin', 'First twin'),
      'b.md': deckText('twin', 'Second twin'),
    });
    const dir = userDecksDir(configDir);
    const { decks, problems } = await listDecks({ configDir });
    expect(decks.filter((d) => d.id === 'hard-questions').map((d) => d.source)).toEqual([
      'built-in',
    ]);
    expect(decks.filter((d) => d.id === 'twin').map((d) => d.title)).toEqual(['First twin']);
    expect(problems).toEqual([
      {
        file: join(dir, 'mine.md'),
        line: 2,
        message: 'a built-in deck already has the id "hard-questions": give this deck another id',
      },
      {
        file: join(dir, 'b.md'),
        line: 2,
        message: 'the deck in a.md already has the id "twin": give this deck another id',
      },
    ]);
  });

  it('is fine without a decks folder, and reports a decks "folder" that is a file', async () => {
    const empty = await tempDir();
    expect((await listDecks({ configDir: empty })).problems).toEqual([]);

    await writeFile(join(empty, 'decks'), 'oops');
    const { decks, problems } = await listDecks({ configDir: empty });
    expect(decks.length).toBeGreaterThanOrEqual(12);
    expect(problems).toEqual([
      {
        file: join(empty, 'decks'),
        message: 'this should be a folder of deck files, but it is a file',
      },
    ]);
  });
});

describe('loadDeck', () => {
  it('loads a built-in deck by id', async () => {
    const deck = await loadDeck('hard-questions', {});
    expect(deck.source).toBe('built-in');
    expect(deck.path).toBe(join(builtinDecksDir(), 'hard-questions.md'));
  });

  it('loads a user deck by id, and ignores the case of the id', async () => {
    const configDir = await configWithDecks({ 'file-name.md': deckText('our-deck', 'Ours') });
    const deck = await loadDeck('Our-Deck', { configDir });
    expect(deck).toMatchObject({ id: 'our-deck', title: 'Ours', source: 'user' });
  });

  it('loads a deck by path, relative or absolute', async () => {
    const relative = 'test/fixtures/decks/good/world.md';
    expect(await loadDeck(relative, {})).toMatchObject({
      id: 'many-scripts',
      source: 'file',
      path: resolve(relative),
    });
    expect((await loadDeck(resolve(relative), {})).id).toBe('many-scripts');
  });

  it('takes a deck id written as a file name when there is no such file', async () => {
    expect((await loadDeck('first-time.md', {})).source).toBe('built-in');
    expect((await loadError('no-such-deck.md')).message).toBe(
      'no-such-deck.md: there is no such file: check the path and its spelling',
    );
  });

  it('says plainly when there is no such deck, suggesting a close one', async () => {
    expect((await loadError('xyz')).message).toBe(
      'There is no deck called "xyz". Run talkturn decks to see the decks you can use.',
    );
    expect((await loadError('hard-question')).message).toBe(
      'There is no deck called "hard-question" (did you mean "hard-questions"?). Run talkturn decks to see the decks you can use.',
    );
    expect((await loadError('  ')).message).toBe(
      'Give a deck id or the path of a deck file. Run talkturn decks to see the decks you can use.',
    );
  });

  it('gives the problem of a broken user deck named by its id', async () => {
    const configDir = await configWithDecks({
      'ours.md': '---\nid: ours\ntitle: Ours\nsolo: "yes"\n---\n## Why?\n',
    });
    const error = await loadError('ours', configDir);
    expect(error.message).toBe(
      `${join(configDir, 'decks', 'ours.md')}:4: solo must be true or false, not "yes"`,
    );
    expect(error.problems).toHaveLength(1);
  });

  it('reports a broken, missing or folder path as file:line: message', async () => {
    const many = 'test/fixtures/decks/broken/many-problems.md';
    const error = await loadError(many);
    expect(error.message).toBe(
      `${many}:1: the front matter has no title: add a line such as "title: Talking about what happened" (and 4 more problems: run talkturn decks --check ${many} to see them all)`,
    );
    expect(error.problems).toHaveLength(5);

    expect((await loadError('./nowhere/deck.md')).message).toBe(
      './nowhere/deck.md: there is no such file: check the path and its spelling',
    );
    expect((await loadError('test/fixtures/decks/')).message).toBe(
      'test/fixtures/decks/: this is a folder, not a deck file: give the path of a deck file (.md) inside it',
    );
  });

  it('quotes a path with spaces in the hint to check it', async () => {
    const dir = await tempDir('talkturn deck ');
    const file = join(dir, 'our deck.md');
    await writeFile(file, '---\nid: Bad Id\n---\n');
    const error = await loadError(file);
    expect(error.message).toContain(`run talkturn decks --check "${file}" to see them all`);
  });
});
