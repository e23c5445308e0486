// The one map from commands to keys: what each key press asks for, and the footer's words for it.
// Screens declare their commands with `useCommands` (src/ui/commands/); nothing else reads keys.
import type { Key } from 'ink';
import { words } from '../words/index.js';
import type { KeyWords } from '../words/en/keys.js';

/** Every command, in the order a footer draws them: what moves on first, the way out last. */
export const COMMANDS = [
  // The therapist's brief: its lines looked over, taken out, and the topics put in order.
  'browse',
  'takeOut',
  'reorder',
  'continue',
  'endTurn',
  'submit',
  'newline',
  'choose',
  'pickNumber',
  'answerNumber',
  'racing',
  'ratherNot',
  'newQuestion',
  'back',
  'pause',
  'feeling',
  'offRecord',
  'onRecord',
  'skip',
  'closing',
  'more',
  'hide',
  'stop',
  'quit',
] as const;

export type Command = (typeof COMMANDS)[number];

/** Whether a key press asks for a command; `typing` is true where a text area takes letters. */
type Matcher = (input: string, key: Key, typing: boolean) => boolean;

/** A plain letter, either case, never while typing (there a letter is a letter). */
const letter =
  (char: string): Matcher =>
  (input, key, typing) =>
    !typing && !key.ctrl && !key.meta && input.toLowerCase() === char;

const digit = (input: string, key: Key) => !key.ctrl && !key.meta && /^[0-9]$/.test(input);

const enter: Matcher = (_input, key) => key.return;

/** The bytes of Ctrl+L and Ctrl+C, for the input guard that reads keys before any screen does. */
export const HIDE_BYTE = '\u000C';
export const QUIT_BYTE = '\u0003';
/** Ctrl+P: the pause, which reaches the session even while the window is too small to see. */
export const PAUSE_BYTE = '\u0010';

const KEY_MAP: Record<Command, Matcher> = {
  browse: (_input, key) => key.upArrow || key.downArrow,
  takeOut: letter('x'),
  reorder: (input, key, typing) =>
    letter('u')(input, key, typing) || letter('d')(input, key, typing),
  continue: enter,
  endTurn: enter,
  // The text area's own keys: named here so the footer and the map agree.
  submit: (_input, key) => key.return && !key.meta,
  newline: (input, key) => (key.return && key.meta) || (key.ctrl && input === 'j'),
  // Arrows move, Enter chooses, a number chooses (two digits from 10 on).
  choose: (input, key) => key.upArrow || key.downArrow || key.return || digit(input, key),
  // The check-in's 1 to 10 on one row: arrows, Enter, or a digit (0 for 10).
  pickNumber: (input, key) =>
    key.leftArrow ||
    key.rightArrow ||
    key.upArrow ||
    key.downArrow ||
    key.return ||
    digit(input, key),
  // "How are you doing?": a digit answers at once (0 for 10); R for a racing heart.
  answerNumber: (input, key) => digit(input, key),
  racing: letter('r'),
  ratherNot: letter('n'),
  newQuestion: letter('n'),
  back: (_input, key) => key.escape,
  // Ctrl+P anywhere; a plain P where nothing is typed (some terminals keep Ctrl+P themselves).
  pause: (input, key, typing) => (key.ctrl && input === 'p') || letter('p')(input, key, typing),
  feeling: letter('h'),
  offRecord: letter('o'),
  onRecord: letter('o'),
  skip: letter('s'),
  closing: letter('f'),
  // The next page of what did not fit (Page Up goes back one); M only where nothing is typed.
  more: (input, key, typing) => key.pageDown || key.pageUp || letter('m')(input, key, typing),
  // Also when it arrives in one chunk with other keys typed just before it.
  hide: (input, key) => (key.ctrl && input === 'l') || input.includes(HIDE_BYTE),
  quit: (input, key) => (key.ctrl && input === 'c') || input.includes(QUIT_BYTE),
  // Ctrl+C where leaving writes nothing (the brief before it is approved).
  stop: (input, key) => (key.ctrl && input === 'c') || input.includes(QUIT_BYTE),
};

/** Whether this key press asks for `command`. */
export function matches(command: Command, input: string, key: Key, typing: boolean): boolean {
  return KEY_MAP[command](input, key, typing);
}

/** Keys that work on every screen of every full-screen command, drawn at the end of each footer. */
export const EVERYWHERE: readonly Command[] = ['hide', 'quit'];

/** A command that takes another's key where its layer declares it: the footer shows it instead. */
export const TAKES_KEY_OF: Partial<Record<Command, Command>> = { stop: 'quit' };

/** What the footer knows of the screen beyond its commands. */
export interface FooterFacts {
  /** How many choices the screen's list has, so the footer says their real numbers. */
  choices?: number | null;
  /** A text area takes letters here: P and M are then Ctrl+P and Page Down. */
  typing?: boolean;
}

/** The words of one command's key, read from the catalogue when they are drawn. */
export function keyWords(command: Command, facts: FooterFacts = {}): KeyWords {
  const all = words().keys;
  switch (command) {
    case 'choose': {
      const count = facts.choices ?? null;
      const numbers = count === null ? '1-9' : count <= 1 ? '1' : `1-${count}`;
      return {
        label: all.choose.label(numbers),
        does: all.choose.does,
        short: all.choose.short(numbers),
      };
    }
    case 'pause':
      return facts.typing ? all.pauseTyping : all.pause;
    case 'more':
      return facts.typing ? all.moreTyping : all.more;
    default:
      return all[command];
  }
}

/** Each command's words, e.g. "Ctrl+P pause", shorter on a small terminal. */
export function commandWords(command: Command, compact: boolean, facts: FooterFacts = {}): string {
  const key = keyWords(command, facts);
  return compact && key.short ? key.short : `${key.label} ${key.does}`;
}
