// The decks in Spanish: every built-in deck has a Spanish twin that runs the same way and reads
// plainly; the list shows the decks of the language talkturn speaks; a deck can say its `lang:`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  builtinDecksDir,
  formatProblem,
  listDecks,
  loadDeck,
  parseDeck,
  runDecksCommand,
  type Deck,
} from '../../src/decks/index.js';
import { setLanguage } from '../../src/words/index.js';
import { allText as sessionText, capture, configWithDecks, deckText, tempDir } from './helpers.js';
import { countText, fernandezHuerta, syllables, szigrisztPazos } from './spanish-readability.js';
import { writeFile } from 'node:fs/promises';

afterEach(() => setLanguage('en'));

const dir = builtinDecksDir();
const read = (folder: string): Deck[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const result = parseDeck(readFileSync(join(folder, name), 'utf8'), name, 'built-in');
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return result.deck;
    });
const english = read(dir);
const spanish = read(join(dir, 'es'));

/** Every word a deck shows, in the list and in a session. */
const allText = (deck: Deck): string => [deck.title, deck.summary, sessionText(deck)].join('\n');

/** How a deck runs, leaving out its words. */
const howItRuns = (deck: Deck) => ({
  id: deck.id,
  practice: deck.practice,
  turnMs: deck.turnMs,
  maxMs: deck.maxMs,
  solo: deck.solo,
  options: deck.options,
  prompts: deck.prompts.map((p) => ({
    floor: p.floor ?? 'both',
    speaker: p.speakerGuidance !== undefined,
    listener: p.listenerGuidance !== undefined,
  })),
});

describe('the Spanish twins of the built-in decks', () => {
  it.each(english.map((deck) => deck.id))('%s has a twin that runs the same way', (id) => {
    const deck = english.find((d) => d.id === id)!;
    const twin = spanish.find((d) => d.id === id);
    expect(twin, `prompts/es/${id}.md`).toBeDefined();
    expect(howItRuns(twin!)).toEqual(howItRuns(deck));
    expect(twin!.lang).toBe('es');
  });

  it('has no Spanish deck without an English one', () => {
    expect(spanish.map((d) => d.id)).toEqual(english.map((d) => d.id));
  });

  it.each(spanish.map((deck) => deck.id))('%s is written in Spanish, with its care', (id) => {
    const deck = spanish.find((d) => d.id === id)!;
    const text = allText(deck);
    // Any prompt may be skipped, said in Spanish.
    expect(text).toMatch(/\bsalta(r|rla|rse)?\b/i);
    expect(text).not.toMatch(/\b(the|and|you|what|skip)\b/i);
    for (const prompt of deck.prompts) expect(prompt.title).toMatch(/[?.]$/);
    // Where the English deck warns against graphic sexual detail, so does the twin.
    const warns = /graphic sexual detail/i.test(allText(english.find((d) => d.id === id)!));
    expect(/detalles sexuales gráficos/i.test(text)).toBe(warns);
  });

  it('says back what was heard as a Spanish speaker would', () => {
    const all = spanish.map(allText).join('\n');
    expect(all).toContain('Lo que te escuché decir es…');
    expect(all).toContain('Tiene sentido porque…');
    expect(all).toContain('Me imagino que sientes…');
    expect(all).not.toMatch(/\b(score|puntos|racha|paciente|síntoma|víctima|culpable)\b/i);
  });
});

describe('a Spanish syllable counter', () => {
  it.each([
    ['país', 2],
    ['ciudad', 2],
    ['poeta', 3],
    ['guerra', 2],
    ['que', 1],
    ['hoy', 1],
    ['pingüino', 3],
    ['aeropuerto', 5],
    ['confianza', 3],
  ])('%s has %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });
});

describe('the Spanish decks read plainly', () => {
  // On the INFLESZ scale 65-80 is "quite easy" and over 80 "very easy"; for Fernández-Huerta
  // 80-90 is "easy" (about the reading of a 12-year-old). A deck that drifts harder fails here.
  it.each(spanish.map((deck) => deck.id))('%s', (id) => {
    const counts = countText(allText(spanish.find((d) => d.id === id)!));
    expect(szigrisztPazos(counts)).toBeGreaterThanOrEqual(70);
    expect(fernandezHuerta(counts)).toBeGreaterThanOrEqual(80);
  });

  it('the formulas tell hard text from easy text', () => {
    const hard = countText(
      'La consolidación institucional de mecanismos interdisciplinarios de responsabilidad compartida constituye, indudablemente, una aproximación metodológicamente heterogénea.',
    );
    expect(szigrisztPazos(hard)).toBeLessThan(40);
    expect(fernandezHuerta(countText('Me duele. Te escucho. Lo siento.'))).toBeGreaterThan(90);
  });
});

describe('the list of decks in the language talkturn speaks', () => {
  it('shows the Spanish twins in Spanish, and the English decks in English', async () => {
    setLanguage('es');
    const es = (await listDecks({})).decks;
    expect(es.map((d) => d.id)).toEqual(
      (await listDecks({ language: 'en' })).decks.map((d) => d.id),
    );
    expect(es.find((d) => d.id === 'hard-questions')?.title).toBe('Las preguntas difíciles');
    expect(es.every((d) => d.lang === 'es')).toBe(true);
    expect((await loadDeck('first-time', {})).title).toBe('Una primera charla tranquila');
    setLanguage('en');
    expect((await loadDeck('hard-questions', {})).title).toBe('The hard questions');
  });

  it('shows a user deck in its language, a twin in the other, and one with no lang in both', async () => {
    const configDir = await configWithDecks({
      'money.md': deckText('money-talk', 'Talking about money', 'lang: en\n'),
      'dinero.md': deckText('money-talk', 'Hablar de dinero', 'lang: es-MX\n'),
      'ours.md': deckText('ours', 'Ours'),
    });
    setLanguage('es');
    const es = await listDecks({ configDir });
    expect(es.problems).toEqual([]);
    const own = (list: Deck[]) => list.filter((d) => d.source === 'user').map((d) => d.title);
    expect(own(es.decks)).toEqual(['Hablar de dinero', 'Ours']);
    setLanguage('en');
    expect(own((await listDecks({ configDir })).decks)).toEqual(['Talking about money', 'Ours']);
  });

  it('still says when two decks of one language share an id', async () => {
    const configDir = await configWithDecks({
      'a.md': deckText('same', 'Uno', 'lang: es\n'),
      'b.md': deckText('same', 'Dos', 'lang: es\n'),
    });
    setLanguage('es');
    const { problems } = await listDecks({ configDir });
    expect(problems.map((p) => p.message)).toEqual([
      'el mazo de a.md ya tiene el id "same": ponle otro id a este mazo',
    ]);
  });
});

describe('decks --check and lang:', () => {
  it('accepts a language code', async () => {
    const file = join(await tempDir(), 'dinero.md');
    await writeFile(file, deckText('dinero', 'Hablar de dinero', 'lang: es\n'));
    const { out, err, sinks } = capture();
    expect(await runDecksCommand({ check: file, ...sinks })).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toContain('ok');
  });

  it('says what is wrong with one that is not', async () => {
    const file = join(await tempDir(), 'x.md');
    await writeFile(file, deckText('x', 'X', 'lang: Spanish please\n'));
    const { err, sinks } = capture();
    expect(await runDecksCommand({ check: file, ...sinks })).toBe(1);
    expect(err).toEqual([
      `${file}:5: lang must be a language code such as "es" or "en", not "Spanish please"`,
    ]);
  });
});
