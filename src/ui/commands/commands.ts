// What a screen declared: the commands its footer draws, in the key map's order. Only
// `useCommands` makes one (the brand), so no footer can be drawn from a hand-written list.
import { COMMANDS, type Command } from '../keys.js';

declare const DECLARED: unique symbol;

export interface Commands {
  /** The commands that work now, in footer order. */
  readonly list: readonly Command[];
  /** A text area takes letters on this screen: letter keys are left to it. */
  readonly typing: boolean;
  readonly [DECLARED]: true;
}

/** The declared commands, each once, in the order the footer draws them. */
export function declared(commands: Iterable<Command>, typing: boolean): Commands {
  const set = new Set(commands);
  const list = COMMANDS.filter((command) => set.has(command));
  return { list, typing } as unknown as Commands;
}

/** The screen's commands with the key for more, when what is on it does not fit. */
export function withMore(commands: Commands, overflowing: boolean): Commands {
  if (!overflowing || commands.list.includes('more')) return commands;
  return declared([...commands.list, 'more'], commands.typing);
}

/** Whether a command is among those declared. */
export function has(commands: Commands, command: Command): boolean {
  return commands.list.includes(command);
}
