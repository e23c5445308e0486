// Turns the raw flags of `talkturn start` into checked values, with one plain sentence per mistake.
import { formatDuration, parseDuration } from '../session/duration.js';
import { UsageError } from './errors.js';
import { words } from '../words/index.js';

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

export interface StartOptions {
  names?: string[];
  deck?: string;
  turnMs?: number;
  rounds?: number;
  maxMs?: number;
  quiet: boolean;
  notesDir?: string;
  /** Lock the notes and the autosave with a passphrase (asked on the terminal, never a flag). */
  encrypt: boolean;
}

const MAX_NAME_LENGTH = 40;
const MAX_TURN_MS = 30 * 60_000;
const MAX_SESSION_MS = 4 * 3_600_000;

export function parseStartFlags(raw: RawStartFlags): StartOptions {
  return {
    names: raw.names === undefined ? undefined : parseNames(raw.names),
    deck:
      raw.deck === undefined
        ? undefined
        : nonEmpty(raw.deck, '--deck', words().cli.flags.deckValue),
    turnMs: raw.turn === undefined ? undefined : parseLength(raw.turn, '--turn', MAX_TURN_MS),
    rounds: raw.rounds === undefined ? undefined : parseRounds(raw.rounds),
    maxMs: raw.max === undefined ? undefined : parseLength(raw.max, '--max', MAX_SESSION_MS),
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
  const tooLong = names.find((name) => [...name].length > MAX_NAME_LENGTH);
  if (tooLong) {
    throw new UsageError(words().cli.flags.nameTooLong(MAX_NAME_LENGTH));
  }
  if (names.some((name) => /\p{Cc}/u.test(name))) {
    throw new UsageError(words().cli.flags.nameControl);
  }
  if (names.length === 2 && names[0]!.toLowerCase() === names[1]!.toLowerCase()) {
    throw new UsageError(words().cli.flags.namesSame);
  }
  return names;
}

function parseLength(text: string, flag: string, maxMs: number): number {
  const ms = parseDuration(text);
  if (ms === null) {
    throw new UsageError(words().cli.flags.notALength(flag, text));
  }
  if (ms <= 0) throw new UsageError(words().cli.flags.notPositive(flag));
  if (ms > maxMs) throw new UsageError(words().cli.flags.tooLong(flag, formatDuration(maxMs)));
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
