// How a check-in question and its guidance share a small terminal with what is below them.
import { withMore, type Commands } from '../commands/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { bodyRowsFor } from '../components/Screen.js';
import type { Layout } from '../layout.js';

export interface IntroFit {
  /** The rows the question and its guidance take (a page of them when they do not all fit). */
  rows: number;
  /** The rows left below them for the rest of the screen. */
  spare: number;
  /** The screen's commands, with the key for the next page when the guidance is paged. */
  commands: Commands;
}

/**
 * The question (`heading`) and its guidance (`text`) whole when they fit beside `below` rows of
 * the rest of the screen; else as many rows as leave `below`, paged, and the footer names the key.
 */
export function introFit(
  layout: Layout,
  base: Commands,
  heading: string,
  text: string,
  below: number,
): IntroFit {
  const needed = wrappedRows(heading, layout.width).length + wrappedRows(text, layout.width).length;
  const room = (commands: Commands) => Math.max(1, bodyRowsFor(layout, commands) - below);
  const commands = withMore(base, needed > room(base));
  const rows = Math.min(needed, room(commands));
  return { rows, spare: Math.max(1, bodyRowsFor(layout, commands) - rows), commands };
}
