import {
  columnsBetween,
  nextGraphemeBoundary,
  nextWordEnd,
  previousGraphemeBoundary,
  previousWordStart,
  snapToGraphemeBoundary,
} from './graphemes.js';
import {
  lastCursorOffsetInRow,
  layoutText,
  offsetToRowColumn,
  rowColumnToOffset,
  rowCount,
  rowStart,
  type TextLayout,
} from './layout.js';
import { sanitizeInput } from './sanitize.js';
import { MAX_FIELD_CHARS } from '../../session/limits.js';

/**
 * The text being typed and where the cursor is. `cursor` is a UTF-16 offset that always sits on a
 * grapheme boundary, so an emoji, a ZWJ family or a letter with combining accents moves and
 * deletes as one.
 */
/** `text` cut to what still fits beside `kept` characters, at a grapheme boundary. */
function fitting(text: string, kept: number): string {
  const room = MAX_FIELD_CHARS - kept;
  if (text.length <= room) return text;
  return room <= 0 ? '' : text.slice(0, snapToGraphemeBoundary(text, room, 'backward'));
}

export interface TextBufferState {
  readonly text: string;
  readonly cursor: number;
  /** Column that up/down aim for, kept across a run of up/down moves through shorter rows. */
  readonly goalColumn?: number;
  /** Text removed by the last delete-word-back or kill-line-start, for yank (Ctrl+Y). */
  readonly killed?: string;
}

/**
 * Moves by visual row need the wrap: they carry the width, and may carry the layout of the current
 * text at that width so it is not wrapped again (the text area passes it; it is ignored if stale).
 */
interface RowMove {
  readonly width: number;
  readonly layout?: TextLayout;
}

export type TextBufferAction =
  | { readonly type: 'insert'; readonly text: string }
  | { readonly type: 'newline' }
  | { readonly type: 'backspace' }
  | { readonly type: 'delete' }
  | { readonly type: 'left' }
  | { readonly type: 'right' }
  | ({ readonly type: 'up' | 'down'; readonly rows?: number } & RowMove)
  /** Home/End: to the start/end of the visual row; pressed again there, of the whole line. */
  | ({ readonly type: 'home' | 'end' } & RowMove)
  | { readonly type: 'text-start' }
  | { readonly type: 'text-end' }
  | { readonly type: 'word-left' }
  | { readonly type: 'word-right' }
  | { readonly type: 'delete-word-back' }
  /** Ctrl+U: removes from the start of the line (up to the previous `\n`) to the cursor. */
  | { readonly type: 'kill-line-start' }
  | { readonly type: 'yank' }
  /** Replaces the whole text, e.g. restoring a draft; the cursor defaults to the end. */
  | { readonly type: 'set'; readonly text: string; readonly cursor?: number };

export const emptyTextBuffer: TextBufferState = { text: '', cursor: 0 };

export function createTextBuffer(text = '', cursor?: number): TextBufferState {
  return reduceTextBuffer(emptyTextBuffer, { type: 'set', text, cursor });
}

function moveTo(state: TextBufferState, cursor: number): TextBufferState {
  if (cursor === state.cursor && state.goalColumn === undefined) return state;
  return { text: state.text, cursor, killed: state.killed };
}

/** Replaces `text[from, to)` with `insert`, leaving the cursor after the inserted text. */
function splice(
  state: TextBufferState,
  from: number,
  to: number,
  insert: string,
  killed = state.killed,
): TextBufferState {
  if (from === to && insert === '') return moveTo(state, from);
  const text = state.text.slice(0, from) + insert + state.text.slice(to);
  // An edit can join clusters across its edges (a base letter typed before a combining mark).
  const cursor = snapToGraphemeBoundary(text, from + insert.length, 'forward');
  return { text, cursor, killed };
}

function lineStart(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function layoutFor(state: TextBufferState, move: RowMove): TextLayout {
  const { layout } = move;
  if (layout && layout.width === move.width && layout.text === state.text) return layout;
  return layoutText(state.text, move.width);
}

function moveByRows(state: TextBufferState, move: RowMove, rows: number): TextBufferState {
  const layout = layoutFor(state, move);
  const here = offsetToRowColumn(layout, state.cursor);
  const goalColumn = state.goalColumn ?? here.column;
  const target = here.row + rows;
  if (target < 0) return { text: state.text, cursor: 0, goalColumn, killed: state.killed };
  if (target >= rowCount(layout)) {
    return { text: state.text, cursor: state.text.length, goalColumn, killed: state.killed };
  }
  const cursor = rowColumnToOffset(layout, target, goalColumn);
  return { text: state.text, cursor, goalColumn, killed: state.killed };
}

function home(state: TextBufferState, move: RowMove): TextBufferState {
  const layout = layoutFor(state, move);
  const start = rowStart(layout, offsetToRowColumn(layout, state.cursor).row);
  return moveTo(state, start !== state.cursor ? start : lineStart(state.text, state.cursor));
}

function end(state: TextBufferState, move: RowMove): TextBufferState {
  const layout = layoutFor(state, move);
  const last = lastCursorOffsetInRow(layout, offsetToRowColumn(layout, state.cursor).row);
  return moveTo(state, last !== state.cursor ? last : lineEnd(state.text, state.cursor));
}

function insert(state: TextBufferState, input: string): TextBufferState {
  let startColumn = 0;
  if (input.includes('\t')) {
    startColumn = columnsBetween(state.text, lineStart(state.text, state.cursor), state.cursor);
  }
  const clean = fitting(sanitizeInput(input, startColumn), state.text.length);
  if (clean === '') return state;
  return splice(state, state.cursor, state.cursor, clean);
}

export function reduceTextBuffer(
  state: TextBufferState,
  action: TextBufferAction,
): TextBufferState {
  const { text, cursor } = state;
  switch (action.type) {
    case 'insert':
      return insert(state, action.text);
    case 'newline':
      return text.length < MAX_FIELD_CHARS ? splice(state, cursor, cursor, '\n') : state;
    case 'backspace':
      return splice(state, previousGraphemeBoundary(text, cursor), cursor, '');
    case 'delete':
      return splice(state, cursor, nextGraphemeBoundary(text, cursor), '');
    case 'left':
      return moveTo(state, previousGraphemeBoundary(text, cursor));
    case 'right':
      return moveTo(state, nextGraphemeBoundary(text, cursor));
    case 'up':
      return moveByRows(state, action, -(action.rows ?? 1));
    case 'down':
      return moveByRows(state, action, action.rows ?? 1);
    case 'home':
      return home(state, action);
    case 'end':
      return end(state, action);
    case 'text-start':
      return moveTo(state, 0);
    case 'text-end':
      return moveTo(state, text.length);
    case 'word-left':
      return moveTo(state, previousWordStart(text, cursor));
    case 'word-right':
      return moveTo(state, nextWordEnd(text, cursor));
    case 'delete-word-back': {
      const from = previousWordStart(text, cursor);
      return from === cursor ? state : splice(state, from, cursor, '', text.slice(from, cursor));
    }
    case 'kill-line-start': {
      const from = lineStart(text, cursor);
      return from === cursor ? state : splice(state, from, cursor, '', text.slice(from, cursor));
    }
    case 'yank': {
      const again = fitting(state.killed ?? '', text.length);
      return again ? splice(state, cursor, cursor, again) : state;
    }
    case 'set': {
      const clean = fitting(sanitizeInput(action.text), 0);
      const at = Math.max(0, Math.min(clean.length, action.cursor ?? clean.length));
      return { text: clean, cursor: snapToGraphemeBoundary(clean, at), killed: state.killed };
    }
  }
}
