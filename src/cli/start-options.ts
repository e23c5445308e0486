// Turns the raw flags of `talkturn start` into checked values, with one plain sentence per mistake.
import { formatDuration, parseDuration } from '../session/duration.js';
import { UsageError } from '../errors.js';
import { MAX_NAME_CHARS, TIME_BOX_MS, TURN_MS } from '../session/limits.js';
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
    deck:
      raw.deck === undefined
        ? undefined
        : nonEmpty(raw.deck, '--deck', words().cli.flags.deckValue),
    turnMs: raw.turn === undefined ? undefined : parseLength(raw.turn, '--turn', TURN_MS.max),
    rounds: raw.rounds === undefined ? undefined : parseRounds(raw.rounds),
    maxMs: raw.max === undefined ? undefined : parseLength(raw.max, '--max', TIME_BOX_MS.max),
    quiet: raw.quiet ?? false,
    notesDir:
      raw.notesDir === undefined
        ? undefined
        : nonEmpty(raw.notesDir, '--notes-dir', words().cli.flags.folderValue),
    encrypt: raw.encrypt ?? false,
  };
}

/** One or two names, separated by a comma. Whether one is enough depends on the deck. */
export function parseNames(text: string): string[] {
  const names = text.split(',').map((name) => name.trim());
  if (names.length > 2) {
    throw new UsageError(words().cli.flags.namesCount(names.length));
  }
  if (names.some((name) => name === '')) {
    throw new UsageError(words().cli.flags.namesEmpty);
  }
  const tooLong = names.find((name) => [...name].length > MAX_NAME_CHARS);
  if (tooLong) {
    throw new UsageError(words().cli.flags.nameTooLong(MAX_NAME_CHARS));
  }
  if (names.some((name) => /\p{Cc}/u.test(name))) {
    throw new UsageError(words().cli.flags.nameControl);
  }
  if (names.length === 2 && sameName(names[0]!, names[1]!)) {
    throw new UsageError(words().cli.flags.namesSame);
  }
  return names;
}

function parseLength(text: string, flag: string, max: number): number {
  const ms = parseDuration(text);
  if (ms === null) {
    throw new UsageError(words().cli.flags.notALength(flag, text));
  }
  if (ms <= 0) throw new UsageError(words().cli.flags.notPositive(flag));
  if (ms > max) throw new UsageError(words().cli.flags.tooLong(flag, formatDuration(max)));
  return ms;
}

function parseRounds(text: string): number {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(words().cli.flags.rounds(text));
  }
  return Number(value);
}

function nonEmpty(text: string, flag: string, what: string): string {
  if (text.trim() === '') throw new UsageError(words().cli.flags.needs(flag, what));
  return text;
}
