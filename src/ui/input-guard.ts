// Stands between Ink's input events and every listener in the app: no byte sequence a terminal
// can send ends the program, and quick-hide (Ctrl+L) holds keys back in one place.
import type { EventEmitter } from 'node:events';
import { HIDE_BYTE as HIDE, PAUSE_BYTE as PAUSE, QUIT_BYTE as QUIT } from './keys.js';
const GUARDED = Symbol('talkturn.inputGuard');

export interface InputGuardControl {
  isHidden(): boolean;
  toggleHidden(): void;
  /** The window is too small to draw the screens: only Ctrl+C, Ctrl+L and Ctrl+P pass. */
  isTooSmall?(): boolean;
}

/**
 * Ink 6's `useInput` throws on some sequences it cannot name (Ctrl+F1 to F4, Ctrl+Shift+F2, a
 * pasted `ESC[31m`): it reads `.startsWith` of an undefined key name. That is Ink's parser, not
 * a fault of ours: the key is dropped for that listener and still reaches the others (the text
 * area takes pasted text from the raw event, so the words around such a code are kept).
 */
export function isInkParserFault(error: unknown, data: string): boolean {
  return (
    error instanceof TypeError &&
    data.includes('\u001B') &&
    /reading 'startsWith'/.test(error.message)
  );
}

/**
 * Wraps the emitter Ink sends its input events through (`useStdin().internal_eventEmitter`).
 * Each listener gets each event on its own, so one that throws on Ink's parser bug cannot take
 * the event from the others. Ctrl+L toggles hiding; while hidden only Ctrl+L and Ctrl+C pass.
 * While the window is too small to see the screens, Ctrl+P passes too (a pause always works),
 * and nothing else: no key may answer or send what nobody can see. Safe to call twice.
 */
export function guardInputEvents(events: EventEmitter, control: InputGuardControl): void {
  const marked = events as EventEmitter & { [GUARDED]?: true };
  if (marked[GUARDED]) return;
  marked[GUARDED] = true;
  const emit = events.emit.bind(events);
  const deliver = (data: string) => {
    for (const listener of events.rawListeners('input') as ((data: string) => void)[]) {
      try {
        listener.call(events, data);
      } catch (error) {
        if (!isInkParserFault(error, data)) throw error;
      }
    }
  };
  events.emit = (name: string | symbol, ...args: unknown[]): boolean => {
    if (name !== 'input') return emit(name, ...args);
    // Keys that came in one chunk keep their order around each Ctrl+L.
    const pieces = String(args[0] ?? '').split(HIDE);
    pieces.forEach((piece, index) => {
      if (index > 0) control.toggleHidden();
      const data = control.isHidden()
        ? only(piece, [QUIT])
        : control.isTooSmall?.()
          ? only(piece, [QUIT, PAUSE])
          : piece;
      if (data !== '') deliver(data);
    });
    return true;
  };
}

/** The first of `keys` found in `piece`, or nothing. */
function only(piece: string, keys: string[]): string {
  return keys.find((key) => piece.includes(key)) ?? '';
}
