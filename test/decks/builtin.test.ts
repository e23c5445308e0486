// The built-in decks: each validates, and each has what its practice needs.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECK_ID,
  PRACTICES,
  builtinDecksDir,
  formatProblem,
  listDecks,
  parseDeck,
  type Deck,
} from '../../src/decks/index.js';
import { allText } from './helpers.js';

const dir = builtinDecksDir();
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();

const decks: Deck[] = files.map((name) => {
  const result = parseDeck(readFileSync(join(dir, name), 'utf8'), join(dir, name), 'built-in');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.deck;
});

const byId = (id: string): Deck => {
  const deck = decks.find((d) => d.id === id);
  if (!deck) throw new Error(`no built-in deck ${id}`);
  return deck;
};

const promptText = (deck: Deck, index: number): string => {
  const p = deck.prompts[index];
  return [p?.guidance, p?.speakerGuidance, p?.listenerGuidance].join('\n');
};

const HARD_DECKS = [
  'hard-questions',
  'stop-pretending',
  'own-your-part',
  'grief-in-waves',
  'start-where-you-are',
];

describe('built-in decks', () => {
  it('has at least twelve, every one valid, with ids unique and matching the file names', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(decks.map((d) => `${d.id}.md`)).toEqual(files);
    expect(new Set(decks.map((d) => d.id)).size).toBe(decks.length);
  });

  it('lists them all, with no problems, the default among them', async () => {
    const { decks: listed, problems } = await listDecks({});
    expect(problems).toEqual([]);
    expect(listed.map((d) => d.id).sort()).toEqual(decks.map((d) => d.id).sort());
    expect(listed.every((d) => d.source === 'built-in')).toBe(true);
    expect(listed.some((d) => d.id === DEFAULT_DECK_ID)).toBe(true);
  });

  it('serves each of the ten practices, with known practice keys', () => {
    const keys = PRACTICES.map((p) => p.key);
    for (const deck of decks) expect(keys).toContain(deck.practice);
    for (const practice of PRACTICES) {
      expect(decks.filter((d) => d.practice === practice.key).length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(files.map((f) => basename(f, '.md')))('%s is shaped for a real conversation', (id) => {
    const deck = byId(id);
    expect(deck.title).not.toBe('');
    expect(deck.summary.length).toBeGreaterThan(20);
    expect(deck.prompts.length).toBeGreaterThanOrEqual(3);
    expect(deck.prompts.length).toBeLessThanOrEqual(6);
    expect(deck.turnMs).toBeGreaterThanOrEqual(2 * 60_000);
    expect(deck.turnMs).toBeLessThanOrEqual(5 * 60_000);
    for (const prompt of deck.prompts) {
      // A question or an invitation someone can read aloud.
      expect(prompt.title).toMatch(/[?.]$/);
    }
    expect(allText(deck)).toMatch(/\bskip\b/i);
  });

  it('never gamifies and never sounds clinical', () => {
    const banned =
      /\b(score|points?|streaks?|level up|badges?|win a point|achievement|patient|symptoms?|disorder|diagnos\w*|perpetrator|victim|betrayer|cheater)\b/i;
    for (const deck of decks) {
      const hit = allText(deck).match(banned);
      expect(hit?.[0], `${deck.id}: "${hit?.[0]}"`).toBeUndefined();
    }
  });

  it.each(HARD_DECKS)(
    '%s says in its first prompt that it may be skipped, and warns against graphic sexual detail',
    (id) => {
      const deck = byId(id);
      expect(promptText(deck, 0)).toMatch(/skip/i);
      expect(allText(deck)).toMatch(/graphic sexual detail/i);
    },
  );

  it('hard-questions is the default and asks the four core questions, with floors', () => {
    expect(DEFAULT_DECK_ID).toBe('hard-questions');
    const deck = byId('hard-questions');
    expect(deck.practice).toBe('hard-questions');
    const find = (pattern: RegExp) => deck.prompts.find((p) => pattern.test(p.title));
    expect(find(/^why\b.*happen/i)?.floor).toBe('repairing');
    expect(find(/feeling at the time/i)?.floor).toBeUndefined();
    expect(find(/what was missing/i)?.floor).toBeUndefined();
    expect(find(/hurt the most/i)?.floor).toBe('hurt');
    // Invitations, not accusations.
    expect(allText(deck)).toMatch(/not to put anyone on trial|not to accuse/i);
  });

  it('own-your-part has the three statements, for the partner repairing trust', () => {
    const deck = byId('own-your-part');
    const titles = deck.prompts.map((p) => p.title);
    for (const statement of [
      /this is what I did/i,
      /this is how I hurt you/i,
      /this is what I will do differently/i,
    ]) {
      const prompt = deck.prompts.find((p) => statement.test(p.title));
      expect(prompt, `${statement} in ${titles.join(' | ')}`).toBeDefined();
      expect(prompt?.floor).toBe('repairing');
    }
    expect(deck.prompts.some((p) => p.floor === 'hurt')).toBe(true);
    expect(allText(deck)).toMatch(/but you also/i);
  });

  it('first-time starts with an appreciation, and asks nothing about what happened', () => {
    const deck = byId('first-time');
    expect(deck.prompts[0]?.title).toMatch(/appreciate/i);
    expect(deck.prompts.every((p) => p.floor === undefined)).toBe(true);
    expect(allText(deck)).not.toMatch(/affair|betray|lie\b|debt/i);
  });

  it('start-where-you-are is a solo journaling deck', () => {
    const deck = byId('start-where-you-are');
    expect(deck.solo).toBe(true);
    expect(deck.options).toEqual({ validate: false, empathize: false });
    expect(deck.prompts.every((p) => p.floor === undefined && !p.listenerGuidance)).toBe(true);
  });

  it('has the validation and empathy steps where they help', () => {
    expect(decks.some((d) => d.options.validate)).toBe(true);
    expect(decks.some((d) => d.options.empathize)).toBe(true);
    expect(byId('grief-in-waves').options).toEqual({ validate: true, empathize: true });
    // Validating the reasons for a breach ("that makes sense because…") is not asked of anyone.
    expect(byId('hard-questions').options.validate).toBe(false);
    expect(byId('own-your-part').options.validate).toBe(false);
  });

  it('asks what would help each feel secure, when defining trust', () => {
    const deck = byId('what-trust-looks-like');
    expect(deck.prompts[0]?.title).toBe('What would help you feel secure right now?');
  });

  it('keeps the other practices to their point', () => {
    expect(allText(byId('stop-pretending'))).toMatch(/fine/i);
    expect(allText(byId('safety-first'))).toMatch(/small promise/i);
    expect(allText(byId('grief-in-waves'))).toMatch(/months later/i);
    expect(allText(byId('show-up-every-day'))).toMatch(/every day|ordinary/i);
    expect(allText(byId('new-memories'))).toMatch(/together/i);
    expect(allText(byId('let-it-be-awkward'))).toMatch(/not yet/i);
    expect(allText(byId('healing-over-winning'))).toMatch(/pause/i);
    expect(allText(byId('healing-over-winning'))).toMatch(/weapon/i);
  });
});

describe('the listener’s guidance', () => {
  it('never promises that the listener is asked "Did I get it?": the speaker answers it', () => {
    for (const deck of decks) {
      for (const prompt of deck.prompts) {
        expect(prompt.listenerGuidance ?? '', `${deck.id}: ${prompt.title}`).not.toMatch(
          /did i get it/i,
        );
      }
    }
    const own = byId('own-your-part').prompts.find((p) => p.title.includes('how I hurt you'));
    expect(own?.listenerGuidance).toContain('once the reflection is done');
  });
});
