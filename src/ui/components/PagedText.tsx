// Text longer than its rows, shown a page at a time: M (or Page Down) shows the next page.
import { Box } from 'ink';
import { useState } from 'react';
import { usePartKeys, withMore, type Commands } from '../commands/index.js';
import type { Layout } from '../layout.js';
import { wrappedRows } from './Clamped.js';
import { Rows } from './Rows.js';
import { bodyRowsFor, useFrameOverflowing } from './Screen.js';

interface PagedTextProps {
  text: string;
  width: number;
  /** Rows the text may take; when it needs more, the cut is marked with "…" at both ends. */
  rows: number;
  color?: string;
  indent?: number;
  /** A first paragraph drawn bold (e.g. the prompt), paged together with the text. */
  heading?: string;
}

/** Whether a text needs more rows than it has, so the screen's footer names the key for more. */
export function isPaged(text: string, width: number, rows: number, indent = 0): boolean {
  return wrappedRows(text, width - indent).length > Math.max(1, rows);
}

/**
 * Wrapped text in a fixed number of rows. What does not fit is one key away: the last row ends in
 * "…", M goes on, and after the last page M goes back to the first. Give each text its own `key`
 * so a new text starts at its first page.
 */
export function PagedText({ text, width, rows, color, indent = 0, heading }: PagedTextProps) {
  const headingRows = heading ? wrappedRows(heading, width - indent) : [];
  const all = [...headingRows, ...wrappedRows(text, width - indent)];
  const size = Math.max(1, rows);
  const paged = all.length > size;
  const [top, setTop] = useState(0);
  const frameOverflowing = useFrameOverflowing();
  // Where text is typed the screen says so, and only Page Down turns the page.
  usePartKeys(
    ['more'],
    (_command, _input, key) => {
      if (key.pageUp) setTop(Math.max(0, top - size));
      else setTop(top + size >= all.length ? 0 : top + size);
    },
    paged && !frameOverflowing,
  );
  const start = paged ? Math.min(top, Math.max(0, all.length - 1)) : 0;
  const shown = all.slice(start, start + size);
  if (paged && start + size < all.length) shown[shown.length - 1] = `${shown.at(-1) ?? ''}…`;
  if (paged && start > 0) shown[0] = `…${shown[0] ?? ''}`;
  // The heading's rows on this page are bold, the rest in the text's colour.
  const bold = Math.max(0, Math.min(shown.length, headingRows.length - start));
  return (
    <Box flexDirection="column">
      {bold > 0 ? <Rows rows={shown.slice(0, bold)} bold indent={indent} /> : null}
      <Rows rows={shown.slice(bold)} color={color} indent={indent} />
    </Box>
  );
}

/**
 * The rows a screen's long text may take beside `reserved` rows of other parts (choices, asks),
 * and the screen's commands with the key for more when the text must be paged.
 */
export function pagedFit(
  layout: Layout,
  base: Commands,
  text: string,
  reserved: number,
  indent = 0,
): { commands: Commands; rows: number } {
  const room = (commands: Commands) => Math.max(1, bodyRowsFor(layout, commands) - reserved);
  const commands = withMore(base, isPaged(text, layout.width, room(base), indent));
  return { commands, rows: room(commands) };
}
