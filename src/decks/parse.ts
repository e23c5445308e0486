// parseDeck: the text of one deck file -> a Deck, or every problem found, each with its line.
import type { Deck, DeckProblem, DeckSource, ParseResult } from './types.js';
import { splitDeck, type FrontMatter, type Located } from './front-matter.js';
import { parseBody } from './body.js';
import { inertText } from '../text/inert.js';
import {
  dropEmptyOptional,
  settingsSchema,
  unknownSettingMessage,
  type Settings,
} from './schema.js';
import { words } from '../words/index.js';

export function parseDeck(text: string, file: string, source: DeckSource = 'file'): ParseResult {
  const located = (problems: Located[]): DeckProblem[] =>
    problems.map((p) => (p.line === undefined ? { file, message: p.message } : { file, ...p }));

  if (text.includes('\u0000')) {
    return {
      ok: false,
      problems: located([{ message: words().decks.files.notText }]),
    };
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    // Nothing in a deck may reach the terminal as an escape code: titles, prompts, guidance.
    .map(inertText);
  const split = splitDeck(lines);
  if (!split.ok) return { ok: false, problems: located(split.problems) };

  const { front } = split;
  const problems: Located[] = [...split.problems];
  const settings = front.data ? readSettings(front, problems) : undefined;
  const body = parseBody(front.bodyLines, front.bodyStartLine, settings?.solo ?? false);
  problems.push(...body.problems);

  if (settings?.solo) {
    for (const key of ['validate', 'empathize'] as const) {
      if (settings[key]) {
        problems.push({
          line: front.keyLines.get(key) ?? front.openLine,
          message: words().decks.settings.soloNoEffect(key),
        });
      }
    }
  }
  if (settings?.turn !== undefined && settings.max !== undefined && settings.max < settings.turn) {
    problems.push({
      line: front.keyLines.get('max') ?? front.openLine,
      message: words().decks.settings.maxShorter,
    });
  }

  if (problems.length > 0 || !settings) {
    problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    return { ok: false, problems: located(problems) };
  }

  const deck: Deck = {
    id: settings.id,
    title: settings.title,
    summary: settings.summary ?? '',
    practice: settings.practice ?? '',
    solo: settings.solo ?? false,
    options: { validate: settings.validate ?? false, empathize: settings.empathize ?? false },
    prompts: body.prompts,
    source,
    path: file,
  };
  if (settings.turn !== undefined) deck.turnMs = settings.turn;
  if (settings.max !== undefined) deck.maxMs = settings.max;
  if (body.intro) deck.intro = body.intro;
  if (settings.lang !== undefined) deck.lang = settings.lang;
  return { ok: true, deck };
}

function readSettings(front: FrontMatter, problems: Located[]): Settings | undefined {
  const lineOf = (key: unknown) =>
    (typeof key === 'string' ? front.keyLines.get(key) : undefined) ?? front.openLine;
  const result = settingsSchema.safeParse(dropEmptyOptional(front.data ?? {}));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ line: lineOf(key), message: unknownSettingMessage(key) });
      }
    } else {
      problems.push({ line: lineOf(issue.path[0]), message: issue.message });
    }
  }
  return undefined;
}
