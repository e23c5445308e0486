// The front matter's settings: a zod schema whose messages a person writing a deck can act on.
import { z } from 'zod';
import { formatDuration, parseDuration } from '../session/duration.js';
import { TIME_BOX_MS, TURN_MS, MAX_DECK_ID_CHARS } from '../session/limits.js';
import { closest, describeValue } from './text.js';
import { parseLocale } from '../words/choose-language.js';
import { words } from '../words/index.js';

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

function requiredText(key: string, example: string) {
  return z.preprocess(
    asText,
    z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `the front matter has no ${key}: add a line such as "${key}: ${example}"`
            : issue.input === null
              ? `${key} is empty: write it after "${key}:", such as "${key}: ${example}"`
              : `${key} must be text, not ${describeValue(issue.input)}`,
      })
      .trim()
      .min(1, { error: `${key} is empty: write it after "${key}:", such as "${key}: ${example}"` }),
  );
}

function optionalText(key: string) {
  return z.preprocess(
    asText,
    z.string({ error: (issue) => `${key} must be text, not ${describeValue(issue.input)}` }).trim(),
  );
}

function flag(key: string) {
  return z.boolean({
    error: (issue) => `${key} must be true or false, not ${describeValue(issue.input)}`,
  });
}

function duration(key: string, min: number, max: number, usual: string) {
  const example = `such as ${usual}, 90s or 1m30s`;
  return z
    .union([z.string(), z.number()], {
      error: (issue) =>
        `${key} must be a length of time ${example}, not ${describeValue(issue.input)}`,
    })
    .transform((value, ctx) => {
      const ms = typeof value === 'string' ? parseDuration(value) : null;
      if (ms === null) {
        const hint = typeof value === 'number' ? ' (add m for minutes or s for seconds)' : '';
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${key} must be a length of time ${example}, not ${describeValue(value)}${hint}`,
        });
        return z.NEVER;
      }
      if (ms < min || ms > max) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${key} must be between ${formatDuration(min)} and ${formatDuration(max)}, not ${value}`,
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
          ? 'the front matter has no id: add a line such as "id: my-deck" (lowercase letters, digits and dashes)'
          : issue.input === null
            ? 'id is empty: write a simple name after "id:", such as "id: my-deck"'
            : `id must be a simple name such as "my-deck", not ${describeValue(issue.input)}`,
    })
    .trim()
    .min(1, { error: 'id is empty: write a simple name after "id:", such as "id: my-deck"' })
    .max(MAX_DECK_ID_CHARS, {
      error: `id is too long: keep it under ${MAX_DECK_ID_CHARS} characters`,
    })
    .superRefine((id, ctx) => {
      if (SLUG.test(id)) return;
      const suggestion = slugify(id);
      const example = suggestion && suggestion !== id ? suggestion : 'my-deck';
      ctx.addIssue({
        code: 'custom',
        input: id,
        message: `id ${JSON.stringify(id)} is not a simple name: use lowercase letters, digits and dashes, such as "${example}"`,
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
    title: requiredText('title', 'Talking about what happened'),
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
    return 'who takes the floor is set for each prompt, not here: put a line such as "Floor: hurt" under the prompt\'s ## heading';
  }
  if (lower === 'prompts' || lower === 'questions') {
    return `prompts are not a setting: write each prompt below the front matter as a "## " heading`;
  }
  const match = closest(key, SETTINGS);
  const hint = match ? `: did you mean "${match}"?` : '';
  return `"${key}" is not a deck setting${hint} (the settings are ${SETTINGS.join(', ')})`;
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
