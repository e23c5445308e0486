// Turns the raw flags of `talkturn start` into checked values, with one plain sentence per mistake.
import { formatDuration, parseDuration } from '../session/duration.js';
import { UsageError } from '../errors.js';
import { FLAG_MIN_MS, MAX_NAME_CHARS, TIME_BOX_MS, TURN_MS } from '../session/limits.js';
import { words } from '../words/index.js';
import type { StartOptions } from '../start/prepare-start.js';
import { sameName } from '../text/names.js';

export interface RawStartFlags {
  names?: string;
  deck?: string;
  turn?: string;
  rounds?: string;
  max?: string;
  quiet?: boolean;
  notesDir?: string;
  encrypt?: boolean;
}

export function parseStartFlags(raw: RawStartFlags): StartOptions {
  return {
    names: raw.names === undefined ? undefined : parseNames(raw.names),
    deck: raw.deck === undefined ? undefined : nonEmpty(raw.deck, '--deck', 'a deck id or a file'),
    turnMs:
      raw.turn === undefined
        ? undefined
        : parseLength(raw.turn, '--turn', { min: FLAG_MIN_MS, max: TURN_MS.max }),
    rounds: raw.rounds === undefined ? undefined : parseRounds(raw.rounds),
    maxMs:
      raw.max === undefined
        ? undefined
        : parseLength(raw.max, '--max', { min: FLAG_MIN_MS, max: TIME_BOX_MS.max }),
    quiet: raw.quiet ?? false,
    notesDir:
      raw.notesDir === undefined ? undefined : nonEmpty(raw.notesDir, '--notes-dir', 'a folder'),
    encrypt: raw.encrypt ?? false,
  };
}

/** One or two names, separated by a comma. Whether one is enough depends on the deck. */
export function parseNames(text: string): string[] {
  const names = text.split(',').map((name) => name.trim());
  if (names.length > 2) {
    throw new UsageError(
      `--names takes two names separated by one comma, like --names "Sam,Alex" (got ${names.length}).`,
    );
  }
  if (names.some((name) => name === '')) {
    throw new UsageError(
      '--names needs a name on each side of the comma, like --names "Sam,Alex".',
    );
  }
  const tooLong = names.find((name) => [...name].length > MAX_NAME_CHARS);
  if (tooLong) {
    throw new UsageError(
      `Each name can be at most ${MAX_NAME_CHARS} characters; try a shorter one.`,
    );
  }
  if (names.some((name) => /\p{Cc}/u.test(name))) {
    throw new UsageError('A name cannot contain control characters; type it plainly.');
  }
  if (names.length === 2 && sameName(names[0]!, names[1]!)) {
    throw new UsageError(
      'The two names are the same: use names that tell you apart on screen, like --names "Sam,Sam B".',
    );
  }
  return names;
}

function parseLength(text: string, flag: string, limits: { min: number; max: number }): number {
  const ms = parseDuration(text);
  if (ms === null) {
    throw new UsageError(
      `${flag} "${text}" is not a length of time: use a form like 90s, 3m or 1m30s.`,
    );
  }
  if (ms <= 0) throw new UsageError(`${flag} must be longer than zero, like 90s or 3m.`);
  if (ms < limits.min)
    throw new UsageError(words().limits.atLeast(flag, formatDuration(limits.min)));
  if (ms > limits.max)
    throw new UsageError(`${flag} can be at most ${formatDuration(limits.max)}.`);
  return ms;
}

function parseRounds(text: string): number {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--rounds must be a whole number of prompts, 1 or more (got "${text}").`);
  }
  return Number(value);
}

function nonEmpty(text: string, flag: string, what: string): string {
  if (text.trim() === '') throw new UsageError(`${flag} needs ${what}.`);
  return text;
}
