// The one way a screen handles keys: it declares its commands once, and the same declaration
// answers the keys (one `useInput`) and gives the footer its list. A key cannot work unshown.
import type { Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { EVERYWHERE, matches, TAKES_KEY_OF, type Command } from '../keys.js';
import { declared, has, type Commands } from './commands.js';
import { useAuditReport } from './key-audit.js';

export interface Declaration {
  command: Command;
  /** Off: neither answered nor shown (default on). */
  when?: boolean;
  /**
   * What the key does. Left out when a part of the screen answers it (a choice list, a text
   * area, a number picker), which then listens only while its frame declares it.
   */
  run?: (input: string, key: Key) => void;
}

/** The mounted screens where a text area takes letters, so a global key knows to leave them. */
export type TypingSources = Set<object>;

/** What the command layers above a screen give it: their live keys, and where typing is said. */
export interface Layer {
  shown: readonly Command[];
  typing: TypingSources | null;
}

export const LayerContext = createContext<Layer>({ shown: [], typing: null });

/** The commands of the screen a part is drawn in (null outside any screen). */
export const FrameCommandsContext = createContext<Commands | null>(null);

interface Options {
  /** False while another screen is drawn over this one (default true). */
  isActive?: boolean;
  /** Any key no command answered, e.g. "any other key keeps talking". */
  otherwise?: (input: string, key: Key) => void;
  /**
   * Letters are left alone even with no text area, where someone may type out of habit (the
   * listener's turn off the record): then Ctrl+P pauses, not P.
   */
  typing?: boolean;
}

/** Screens that hold a text area declare what it answers: then letters are the typist's. */
const TYPING: readonly Command[] = ['submit', 'newline'];

/**
 * Declares a screen's commands. Returns what its `Screen` draws: these, the live keys of the
 * layers above (Ctrl+P in a session), and the keys that work everywhere (Ctrl+L, Ctrl+C).
 */
export function useCommands(declarations: readonly Declaration[], options: Options = {}): Commands {
  const { isActive = true, otherwise } = options;
  const layer = useContext(LayerContext);
  const live = declarations.filter((d) => d.when !== false);
  const typing = options.typing === true || live.some((d) => TYPING.includes(d.command));
  useKeys(
    (input, key) => {
      const answered = live.find((d) => d.run && matches(d.command, input, key, typing));
      if (answered?.run) answered.run(input, key);
      else otherwise?.(input, key);
    },
    { isActive },
  );
  useTyping(layer.typing, typing && isActive);
  useAuditReport(
    live.filter((d) => d.run).map((d) => d.command),
    isActive,
    () => typing,
  );
  // A layer's own Ctrl+C (stop, write nothing) is shown instead of the usual one.
  const taken = new Set(layer.shown.map((command) => TAKES_KEY_OF[command]));
  const everywhere = EVERYWHERE.filter((command) => !taken.has(command));
  return declared([...live.map((d) => d.command), ...layer.shown, ...everywhere], typing);
}

/** While a text area is on screen, the layers above know it (P is a letter there). */
function useTyping(sources: TypingSources | null, typing: boolean): void {
  const [me] = useState(() => ({}));
  useLayoutEffect(() => {
    if (!sources || !typing) return;
    sources.add(me);
    return () => {
      sources.delete(me);
    };
  }, [sources, typing, me]);
}

/**
 * Keys answered by a part of a screen (a choice list, a number picker, a page of long text): it
 * hears only the keys of its commands, and only while the screen it is drawn in declares them,
 * so the footer shows them.
 */
export function usePartKeys(
  commands: readonly Command[],
  handler: (command: Command, input: string, key: Key) => void,
  isActive = true,
  /** The screen's frame itself passes its own commands (it is not drawn inside itself). */
  own?: Commands,
): void {
  const around = useContext(FrameCommandsContext);
  const frame = own ?? around;
  const shown = frame === null || commands.every((command) => has(frame, command));
  const live = isActive && shown;
  const typing = frame?.typing ?? false;
  useKeys(
    (input, key) => {
      const command = commands.find((c) => matches(c, input, key, typing));
      if (command) handler(command, input, key);
    },
    { isActive: live },
  );
  useAuditReport(commands, live, () => typing);
}

/**
 * After any key, once every handler has answered it: for a screen's frame, which draws itself
 * again then, so a part that grew on its own (a list saying how to choose) is measured. It
 * answers no command, so it is no key of the footer's.
 */
export function useAfterAnyKey(then: () => void, isActive = true): void {
  useKeys(() => queueMicrotask(then), { isActive });
}
