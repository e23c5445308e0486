// How the floor screen shares its rows: the prompt's guidance gets every row that is really free.
import { wrappedRows } from '../components/Clamped.js';
import { withMore, type Commands } from '../commands/index.js';
import { bodyRowsFor } from '../components/Screen.js';
import type { Layout } from '../layout.js';

export interface FloorLayoutInput {
  layout: Layout;
  commands: Commands;
  title: string;
  guidance: string;
  /** Rows kept under the big timer for what it may say (the one-line timer says it beside). */
  notices: number;
  /** Rows kept for the end of the session drawing near, when it may during this turn. */
  nearEnd: number;
  /** Lines always shown under the countdown (the listener's, off the record, a question). */
  lines: string[];
  /** The speaker's name above the prompt: a row, or 0 on a small terminal. */
  name: number;
  /** Rows of "press Enter when you have finished speaking", or 0 on a small terminal. */
  hint: number;
}

export interface FloorLayout {
  /** The big countdown (five rows with its margins), or the time on one row. */
  big: boolean;
  name: number;
  hint: number;
  /** Rows the guidance is drawn in (when paged: the prompt and its guidance together). */
  guidanceRows: number;
  /** The guidance does not fit whole: the prompt and guidance show a page at a time, M the next. */
  paged: boolean;
}

export const rowsOf = (text: string, width: number) => wrappedRows(text, width).length;

const BIG_TIMER = 5;
const SMALL_TIMER = 1;

/**
 * Whole guidance first: the big timer gives way to a one-line timer, then the name line and the
 * Enter hint (the footer names Enter too) give way; only then is the guidance paged.
 */
export function floorLayout(input: FloorLayoutInput): FloorLayout {
  const { layout, commands, guidance } = input;
  const { width, compact } = layout;
  const need = guidance ? rowsOf(guidance, width) : 0;
  const titleRows = rowsOf(input.title, width);
  const fixed =
    titleRows + input.nearEnd + input.lines.reduce((sum, line) => sum + rowsOf(line, width), 0);
  const body = bodyRowsFor(layout, commands);
  const tries: Omit<FloorLayout, 'guidanceRows' | 'paged'>[] = [
    ...(compact ? [] : [{ big: true, name: input.name, hint: input.hint }]),
    { big: false, name: input.name, hint: input.hint },
    { big: false, name: input.name, hint: 0 },
    { big: false, name: 0, hint: 0 },
  ];
  for (const t of tries) {
    const free = body - fixed - (t.big ? BIG_TIMER + input.notices : SMALL_TIMER) - t.name - t.hint;
    if (need <= free) return { ...t, guidanceRows: need, paged: false };
  }
  // Paged: the prompt and its guidance share the free rows, a page at a time (the footer gains
  // the key for more, so the rows are counted again with it).
  const pagedBody = bodyRowsFor(layout, withMore(commands, true));
  const free = pagedBody - (fixed - titleRows) - SMALL_TIMER;
  return { big: false, name: 0, hint: 0, guidanceRows: Math.max(1, free), paged: true };
}
