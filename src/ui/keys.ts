// The one map from commands to keys. Screens say which commands work now; the footer draws them.
import type { Key } from 'ink';

export type Command =
  'continue' | 'submit' | 'newline' | 'choose' | 'pause' | 'back' | 'skip' | 'closing' | 'quit';

interface KeyBinding {
  label: string;
  does: string;
}

export const KEYS: Record<Command, KeyBinding> = {
  continue: { label: 'Enter', does: 'continue' },
  submit: { label: 'Enter', does: 'done' },
  newline: { label: 'Alt+Enter', does: 'new line' },
  choose: { label: '↑↓ or 1-9', does: 'choose' },
  pause: { label: 'Ctrl+P', does: 'pause' },
  back: { label: 'Esc', does: 'back' },
  skip: { label: 'Ctrl+S', does: 'skip this prompt' },
  closing: { label: 'Ctrl+E', does: 'go to the closing' },
  quit: { label: 'Ctrl+C', does: 'save and quit' },
};

/** Ctrl+P, or a plain P where nothing is being typed (some terminals keep Ctrl+P for themselves). */
export function isPauseKey(input: string, key: Key, typing: boolean): boolean {
  if (key.ctrl && input === 'p') return true;
  return !typing && !key.ctrl && !key.meta && (input === 'p' || input === 'P');
}

export function isQuitKey(input: string, key: Key): boolean {
  return key.ctrl && input === 'c';
}

export function isSkipKey(input: string, key: Key): boolean {
  return key.ctrl && input === 's';
}

export function isClosingKey(input: string, key: Key): boolean {
  return key.ctrl && input === 'e';
}
