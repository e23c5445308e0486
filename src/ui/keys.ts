// The one map from commands to keys. Screens say which commands work now; the footer draws them.
import type { Key } from 'ink';

export type Command =
  | 'continue'
  | 'endTurn'
  | 'submit'
  | 'newline'
  | 'choose'
  | 'pause'
  | 'pauseLetter'
  | 'skip'
  | 'offRecord'
  | 'onRecord'
  | 'feeling'
  | 'back'
  | 'hide'
  | 'closing'
  | 'pickNumber'
  | 'ratherNot'
  | 'more'
  | 'moreTyping'
  | 'newQuestion'
  | 'browse'
  | 'takeOut'
  | 'reorder'
  | 'stop'
  | 'quit';

interface KeyBinding {
  label: string;
  does: string;
  /** Shorter words for small terminals. */
  short?: string;
}

export const KEYS: Record<Command, KeyBinding> = {
  continue: { label: 'Enter', does: 'continue' },
  endTurn: { label: 'Enter', does: 'done speaking', short: 'Enter done' },
  submit: { label: 'Enter', does: 'done' },
  newline: { label: 'Alt+Enter', does: 'new line', short: 'Alt+Enter line' },
  // The footer says the list's real numbers, e.g. "↑↓ or 1-12" (see `chooseBinding`).
  choose: { label: '↑↓ or 1-9', does: 'choose', short: '1-9 choose' },
  pause: { label: 'Ctrl+P', does: 'pause' },
  // Where nothing is typed, P pauses too (some terminals keep Ctrl+P for themselves).
  pauseLetter: { label: 'P', does: 'pause' },
  skip: { label: 'S', does: 'skip prompt', short: 'S skip' },
  offRecord: { label: 'O', does: 'off the record', short: 'O off record' },
  onRecord: { label: 'O', does: 'back on the record', short: 'O on record' },
  feeling: { label: 'H', does: 'how are you?', short: 'H how are you' },
  closing: { label: 'F', does: 'to the closing', short: 'F close' },
  back: { label: 'Esc', does: 'back' },
  hide: { label: 'Ctrl+L', does: 'hide the screen', short: 'Ctrl+L hide' },
  // The check-in's 1 to 10: 0 stands for 10, so every number is one key.
  pickNumber: { label: '←→ or 1-9, 0 for 10', does: 'choose', short: '0-9 choose' },
  ratherNot: { label: 'N', does: 'rather not say', short: 'N not say' },
  // What did not fit on the screen, a page at a time; where text is typed, only Page Down.
  more: { label: 'M', does: 'more', short: 'M more' },
  moreTyping: { label: 'PgDn', does: 'more', short: 'PgDn more' },
  // The question ledger's list.
  newQuestion: { label: 'N', does: 'new question', short: 'N new' },
  // The brief for a therapist: lines are looked over, taken out, and the topics put in order.
  browse: { label: '↑↓', does: 'move', short: '↑↓ move' },
  takeOut: { label: 'X', does: 'take out or put back', short: 'X take out' },
  reorder: { label: 'U/D', does: 'topic up or down', short: 'U/D order' },
  // Where nothing has been typed: Ctrl+C leaves, and nothing is written.
  stop: { label: 'Ctrl+C', does: 'stop, write nothing', short: 'Ctrl+C stop' },
  quit: { label: 'Ctrl+C', does: 'save and quit', short: 'Ctrl+C quit' },
};

/** The choose key for a list of `count` choices: its real numbers, e.g. "↑↓ or 1-12". */
export function chooseBinding(count: number | null): KeyBinding {
  if (count === null) return KEYS.choose;
  const numbers = count <= 1 ? '1' : `1-${count}`;
  return { label: `↑↓ or ${numbers}`, does: 'choose', short: `${numbers} choose` };
}

/** M or Page Down shows the next page of what did not fit (M only where nothing is typed). */
export function isMoreKey(input: string, key: Key, typing: boolean): boolean {
  if (key.pageDown) return true;
  return !typing && !key.ctrl && !key.meta && (input === 'm' || input === 'M');
}

/** Ctrl+P, or a plain P where nothing is being typed (some terminals keep Ctrl+P for themselves). */
export function isPauseKey(input: string, key: Key, typing: boolean): boolean {
  if (key.ctrl && input === 'p') return true;
  return !typing && !key.ctrl && !key.meta && (input === 'p' || input === 'P');
}

/** Ctrl+L blanks the screen at once, and brings it back. */
export function isHideKey(input: string, key: Key): boolean {
  return (key.ctrl && input === 'l') || input.includes('\u000C');
}

/** Ctrl+C, also when it arrives in one chunk with other keys typed just before it. */
export function isQuitKey(input: string, key: Key): boolean {
  return (key.ctrl && input === 'c') || input.includes('\u0003');
}

/** H: either partner checks how overwhelmed they feel. */
export function isFeelingKey(input: string, key: Key): boolean {
  return !key.ctrl && !key.meta && (input === 'h' || input === 'H');
}

/** O, before speaking: this turn is held off the record. */
export function isOffRecordKey(input: string, key: Key): boolean {
  return !key.ctrl && !key.meta && (input === 'o' || input === 'O');
}

// Skip and finish are plain letters, offered only where nothing is being typed.
export function isSkipKey(input: string, key: Key): boolean {
  return !key.ctrl && !key.meta && (input === 's' || input === 'S');
}

export function isClosingKey(input: string, key: Key): boolean {
  return !key.ctrl && !key.meta && (input === 'f' || input === 'F');
}
