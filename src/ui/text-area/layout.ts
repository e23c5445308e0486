import { columnsBetween, forEachGrapheme, previousGraphemeBoundary } from './graphemes.js';

/**
 * Soft wrap of a text into visual rows.
 *
 * Rows are kept as offsets over the whole text rather than as wrapped strings per line: one long
 * paragraph is the normal case for a reflection, and a keystroke must not re-wrap all of it. The
 * greedy wrap is memoryless (the rows after a row start depend only on the text from there on), so
 * after an edit only the rows from the edit to the first row start that lines up with an old one
 * (shifted by the edit's length) are wrapped again; the rest are copied.
 *
 * Wrapping rules, for `width` columns:
 * - Text takes at most `width - 1` columns per row; the last column is kept for the cursor at the
 *   end of a full row, and for one space that "hangs" there when a row breaks at it.
 * - Rows break after a space (or after a wide character, so CJK text fills its rows); a word longer
 *   than a row is broken between graphemes. A grapheme is never split.
 * - `\n` ends a row and belongs to it (it is not drawn).
 * - When the text ends with `\n` or with a hanging space, a last empty row holds the cursor.
 */
export interface TextLayout {
  readonly text: string;
  readonly width: number;
  /** Offset where each visual row starts: strictly increasing, the first is 0. */
  readonly rowStarts: readonly number[];
  /** For each row, the end of the text its wrapping looked at: an edit up to there may change it. */
  readonly rowReach: readonly number[];
}

export interface RowColumn {
  row: number;
  column: number;
}

type RowEnd = 'line' | 'wrap' | 'text';

interface WrappedRow {
  end: number;
  reach: number;
  endedBy: RowEnd;
}

const LINE_FEED = 0x0a;
const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Columns available to text in a row of `width` columns. */
export function textColumns(width: number): number {
  return Math.max(1, Math.floor(width) - 1);
}

function wrapRow(text: string, start: number, columns: number): WrappedRow {
  let used = 0;
  let breakAfter = -1;
  let row: WrappedRow | undefined;
  forEachGrapheme(text, start, text.length, (graphemeStart, graphemeEnd, width) => {
    const code = graphemeEnd - graphemeStart === 1 ? text.charCodeAt(graphemeStart) : -1;
    if (code === LINE_FEED) {
      row = { end: graphemeEnd, reach: graphemeEnd, endedBy: 'line' };
      return false;
    }
    if (used + width <= columns || graphemeStart === start) {
      used += width;
      if (code === SPACE || code === IDEOGRAPHIC_SPACE || width === 2) breakAfter = graphemeEnd;
      return true;
    }
    let end = graphemeStart;
    if (code === SPACE) end = graphemeEnd;
    else if (breakAfter > start) end = breakAfter;
    row = { end, reach: graphemeEnd, endedBy: 'wrap' };
    return false;
  });
  return row ?? { end: text.length, reach: text.length, endedBy: 'text' };
}

/**
 * Wraps rows from `from` to the end of the text, pushing them onto `starts`/`reach`; stops early
 * when `resync(start)` (asked before each new row) says it has appended the rest itself.
 */
function appendRows(
  text: string,
  from: number,
  columns: number,
  starts: number[],
  reach: number[],
  resync?: (start: number) => boolean,
): void {
  let start = from;
  for (;;) {
    const row = wrapRow(text, start, columns);
    starts.push(start);
    reach.push(row.reach);
    if (row.end >= text.length) {
      if (row.endedBy !== 'text') {
        starts.push(text.length);
        reach.push(text.length);
      }
      return;
    }
    start = row.end;
    if (resync?.(start)) return;
  }
}

export function layoutText(text: string, width: number): TextLayout {
  const rowStarts: number[] = [];
  const rowReach: number[] = [];
  appendRows(text, 0, textColumns(width), rowStarts, rowReach);
  return { text, width, rowStarts, rowReach };
}

const COMPARE_CHUNK = 1024;

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let index = 0;
  // Whole chunks are compared natively; only the chunk that differs is walked.
  while (
    index + COMPARE_CHUNK <= max &&
    a.slice(index, index + COMPARE_CHUNK) === b.slice(index, index + COMPARE_CHUNK)
  ) {
    index += COMPARE_CHUNK;
  }
  while (index < max && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  return index;
}

function commonSuffixLength(a: string, b: string, max: number): number {
  let length = 0;
  while (
    length + COMPARE_CHUNK <= max &&
    a.slice(a.length - length - COMPARE_CHUNK, a.length - length) ===
      b.slice(b.length - length - COMPARE_CHUNK, b.length - length)
  ) {
    length += COMPARE_CHUNK;
  }
  while (
    length < max &&
    a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)
  ) {
    length++;
  }
  return length;
}

/**
 * The layout of `text`, re-wrapping only the rows an edit since `previous` can have changed.
 * Falls back to a full wrap when the width changed.
 */
export function updateLayout(previous: TextLayout, text: string, width: number): TextLayout {
  if (previous.width !== width) return layoutText(text, width);
  if (previous.text === text) return previous;
  const oldText = previous.text;
  const { rowStarts: oldStarts, rowReach: oldReach } = previous;
  const prefix = commonPrefixLength(oldText, text);
  const suffix = commonSuffixLength(oldText, text, Math.min(oldText.length, text.length) - prefix);
  const shift = text.length - oldText.length;
  const editEnd = text.length - suffix;

  let first = rowAtOffset(previous, prefix);
  while (first > 0 && (oldReach[first - 1] ?? 0) >= prefix) first--;
  const rowStarts = oldStarts.slice(0, first);
  const rowReach = oldReach.slice(0, first);
  let oldRow = first + 1;
  appendRows(text, oldStarts[first] ?? 0, textColumns(width), rowStarts, rowReach, (start) => {
    if (start < editEnd) return false;
    const oldStart = start - shift;
    while (oldRow < oldStarts.length && (oldStarts[oldRow] ?? 0) < oldStart) oldRow++;
    if (oldStarts[oldRow] !== oldStart) return false;
    for (let row = oldRow; row < oldStarts.length; row++) {
      rowStarts.push((oldStarts[row] ?? 0) + shift);
      rowReach.push((oldReach[row] ?? 0) + shift);
    }
    return true;
  });
  return { text, width, rowStarts, rowReach };
}

export function rowCount(layout: TextLayout): number {
  return layout.rowStarts.length;
}

/** The row an offset is drawn on: the last row starting at or before it. */
export function rowAtOffset(layout: TextLayout, offset: number): number {
  const starts = layout.rowStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function rowStart(layout: TextLayout, row: number): number {
  return layout.rowStarts[row] ?? layout.text.length;
}

/** Where a row's drawn text ends: before its `\n`, if it has one. */
export function rowEnd(layout: TextLayout, row: number): number {
  const next = layout.rowStarts[row + 1];
  if (next === undefined) return layout.text.length;
  return layout.text.charCodeAt(next - 1) === LINE_FEED ? next - 1 : next;
}

/** True when the row was broken by the wrap rather than by `\n` or the end of the text. */
export function isSoftWrapped(layout: TextLayout, row: number): boolean {
  const next = layout.rowStarts[row + 1];
  return next !== undefined && layout.text.charCodeAt(next - 1) !== LINE_FEED;
}

/** The text drawn on a row. */
export function rowText(layout: TextLayout, row: number): string {
  return layout.text.slice(rowStart(layout, row), rowEnd(layout, row));
}

/**
 * The last offset the cursor can take on a row. The end of a soft-wrapped row is the start of the
 * next one, so there the cursor stops before the row's last grapheme (usually the space it broke at).
 */
export function lastCursorOffsetInRow(layout: TextLayout, row: number): number {
  const end = rowEnd(layout, row);
  if (!isSoftWrapped(layout, row)) return end;
  return Math.max(rowStart(layout, row), previousGraphemeBoundary(layout.text, end));
}

export function offsetToRowColumn(layout: TextLayout, offset: number): RowColumn {
  const row = rowAtOffset(layout, offset);
  return { row, column: columnsBetween(layout.text, rowStart(layout, row), offset) };
}

/** The offset on `row` nearest to `column` without passing it (a wide character is not entered). */
export function rowColumnToOffset(layout: TextLayout, row: number, column: number): number {
  const clampedRow = Math.max(0, Math.min(layout.rowStarts.length - 1, row));
  const start = rowStart(layout, clampedRow);
  const last = lastCursorOffsetInRow(layout, clampedRow);
  let offset = last;
  let used = 0;
  forEachGrapheme(layout.text, start, last, (graphemeStart, _end, width) => {
    if (used + width > column) {
      offset = graphemeStart;
      return false;
    }
    used += width;
    return true;
  });
  return offset;
}

/**
 * The first visible row so that `cursorRow` is in view, scrolling as little as possible from
 * `previousTop`, and never leaving empty rows below the text when it is long enough to fill them.
 */
export function visibleWindow(
  rows: number,
  cursorRow: number,
  height: number,
  previousTop: number,
): number {
  const visible = Math.max(1, height);
  let top = Math.max(0, Math.min(previousTop, rows - visible));
  if (cursorRow < top) top = cursorRow;
  else if (cursorRow >= top + visible) top = cursorRow - visible + 1;
  return Math.max(0, top);
}
