// The front matter's settings: a zod schema whose messages a person writing a deck can act on.
import { z } from 'zod';
import { formatDuration, parseDuration } from '../session/duration.js';
import { TIME_BOX_MS, TURN_MS, MAX_DECK_ID_CHARS } from '../session/limits.js';
import { closest, describeValue } from './text.js';
import { parseLocale } from '../words/choose-language.js';
import { words } from '../words/index.js';
import { list } from '../words/format.js';

export const SETTINGS = [
  'id',
  'title',
  'summary',
  'practice',
  'turn',
  'max',
  'solo',
  'validate',
  'empathize',
  'lang',
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "My Deck!" -> "my-deck": the id we suggest when an id is not a simple name. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_DECK_ID_CHARS)
    .replace(/-+$/, '');
}

/** Numbers are fine as text (a title of 1984 is still a title). */
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

function requiredText(key: string, example: () => string) {
  return z.preprocess(
    asText,
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? words().decks.settings.missing(key, example())
            : issue.input === null
              ? words().decks.settings.empty(key, example())
              : words().decks.settings.notText(key, describeValue(issue.input)),
      })
      .trim()
      .min(1, { error: () => words().decks.settings.empty(key, example()) }),
  );
}

function optionalText(key: string) {
  return z.preprocess(
    asText,
    z
      .string({ error: (issue) => words().decks.settings.notText(key, describeValue(issue.input)) })
      .trim(),
  );
}

function flag(key: string) {
  return z.boolean({
    error: (issue) => words().decks.settings.notFlag(key, describeValue(issue.input)),
  });
}

function duration(key: string, min: number, max: number, usual: string) {
  const example = () => words().decks.settings.lengthExample(usual);
  return z
    .union([z.string(), z.number()], {
      error: (issue) =>
        words().decks.settings.notLength(key, example(), describeValue(issue.input)),
    })
    .transform((value, ctx) => {
      const ms = typeof value === 'string' ? parseDuration(value) : null;
      if (ms === null) {
        const hint = typeof value === 'number' ? words().decks.settings.addUnit : '';
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: words().decks.settings.notLength(key, example(), describeValue(value)) + hint,
        });
        return z.NEVER;
      }
      if (ms < min || ms > max) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: words().decks.settings.between(
            key,
            formatDuration(min),
            formatDuration(max),
            String(value),
          ),
        });
        return z.NEVER;
      }
      return ms;
    });
}

const idSchema = z.preprocess(
  asText,
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? words().decks.settings.noId
          : issue.input === null
            ? words().decks.settings.emptyId
            : words().decks.settings.idNotText(describeValue(issue.input)),
    })
    .trim()
    .min(1, { error: () => words().decks.settings.emptyId })
    .max(MAX_DECK_ID_CHARS, { error: () => words().decks.settings.idTooLong(MAX_DECK_ID_CHARS) })
    .superRefine((id, ctx) => {
      if (SLUG.test(id)) return;
      const suggestion = slugify(id);
      const example = suggestion && suggestion !== id ? suggestion : 'my-deck';
      ctx.addIssue({
        code: 'custom',
        input: id,
        message: words().decks.settings.idNotSimple(JSON.stringify(id), example),
      });
    }),
);

/** "es", "es-MX", "en_US": the language a deck is written in, kept as its language ("es"). */
const langSchema = z.preprocess(
  asText,
  z
    .string({ error: (issue) => words().languages.deckLang(describeValue(issue.input)) })
    .transform((value, ctx) => {
      const parts = parseLocale(value);
      if (!parts || parts.language === 'c') {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: words().languages.deckLang(JSON.stringify(value)),
        });
        return z.NEVER;
      }
      return parts.language;
    }),
);

export const settingsSchema = z
  .object({
    id: idSchema,
    title: requiredText('title', () => words().decks.settings.titleExample),
    summary: optionalText('summary').optional(),
    practice: optionalText('practice').optional(),
    turn: duration('turn', TURN_MS.min, TURN_MS.max, '3m').optional(),
    max: duration('max', TIME_BOX_MS.min, TIME_BOX_MS.max, '45m').optional(),
    solo: flag('solo').optional(),
    validate: flag('validate').optional(),
    empathize: flag('empathize').optional(),
    lang: langSchema.optional(),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;

/** What to say about a setting this app does not know. */
export function unknownSettingMessage(key: string): string {
  const lower = key.toLowerCase();
  if (lower === 'floor') {
    return words().decks.settings.floorHere;
  }
  if (lower === 'prompts' || lower === 'questions') {
    return words().decks.settings.promptsHere;
  }
  const match = closest(key, SETTINGS);
  const hint = match ? words().decks.settings.didYouMean(match) : '';
  return words().decks.settings.unknown(key, hint, list(SETTINGS, 'unit'));
}

/** Empty optional settings (`max:` with nothing after it) count as not given. */
export function dropEmptyOptional(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const required = key === 'id' || key === 'title';
    if (!required && (value === null || value === '')) continue;
    out[key] = value;
  }
  return out;
}
