import { useStdin } from 'ink';
import { useEffect, useEffectEvent, useState } from 'react';
import { createTextAreaInputDecoder, type TextAreaCommand } from './input-decoder.js';

export interface UseTextAreaInputOptions {
  /** Listens only while true (default true). */
  readonly isActive?: boolean;
  /** Called once per input event with what it asked for, in order (a read can hold several keys). */
  readonly onCommands: (commands: readonly TextAreaCommand[]) => void;
}

/**
 * A bracketed paste whose end marker has not come after this long is inserted as it is, so a
 * terminal that drops the marker cannot hold typed text back.
 */
export const PASTE_IDLE_MS = 500;

/**
 * Maps keys and pastes to text area commands. Keys the text area does not use (Esc, Tab, Ctrl+C,
 * Ctrl+P, function keys) are ignored here and still reach every other `useInput` in the app.
 */
export function useTextAreaInput({ isActive = true, onCommands }: UseTextAreaInputOptions): void {
  const { setRawMode, internal_eventEmitter: inputEvents } = useStdin();
  const [decoder] = useState(createTextAreaInputDecoder);
  const deliver = useEffectEvent((commands: readonly TextAreaCommand[]) => {
    if (commands.length > 0) onCommands(commands);
  });

  useEffect(() => {
    if (!isActive) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isActive, setRawMode]);

  useEffect(() => {
    if (!isActive) return;
    let pasteIdle: NodeJS.Timeout | undefined;
    const onInput = (raw: unknown) => {
      clearTimeout(pasteIdle);
      deliver(decoder.push(String(raw), performance.now()));
      if (decoder.isPasting()) {
        pasteIdle = setTimeout(() => deliver(decoder.flushPaste()), PASTE_IDLE_MS);
      }
    };
    inputEvents.on('input', onInput);
    return () => {
      inputEvents.removeListener('input', onInput);
      clearTimeout(pasteIdle);
      // Text pasted so far is kept even when the text area goes away mid-paste.
      deliver(decoder.flushPaste());
    };
  }, [isActive, inputEvents, decoder]);
}
