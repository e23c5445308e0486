import {
  createTextBuffer,
  reduceTextBuffer,
  type TextBufferAction,
  type TextBufferState,
} from './buffer.js';
import {
  layoutText,
  rowAtOffset,
  rowCount,
  updateLayout,
  visibleWindow,
  type TextLayout,
} from './layout.js';

/** What the text area holds: the buffer, its wrap at the current width, and the scroll position. */
export interface TextAreaModel {
  readonly buffer: TextBufferState;
  readonly layout: TextLayout;
  /** First visible row. */
  readonly top: number;
}

export interface TextAreaViewport {
  /** Columns, including the one kept for the cursor at the end of a full row. */
  readonly width: number;
  /** Rows on screen, including the scroll hint row when the text is longer than that. */
  readonly height: number;
  /**
   * The scroll hint is said on a row that is not the text area's (its label's): then every row
   * is text. Otherwise a text longer than the rows gives up one row to the hint.
   */
  readonly hintElsewhere?: boolean;
}

/** An edit as keys express it: moves by row get the width and layout from the model. */
export type TextAreaEdit =
  | Exclude<TextBufferAction, { type: 'up' | 'down' | 'home' | 'end' }>
  | { readonly type: 'up' | 'down' | 'home' | 'end' | 'page-up' | 'page-down' };

/**
 * Text rows shown for a text of `rows` rows: all of `height`, or one less when the text does not
 * fit, to leave a row for the "more above / more below" hint. A single row stays text (the hint
 * is never drawn over it), and so do all rows when the hint is said elsewhere.
 */
export function textRowsShown(rows: number, height: number, hintElsewhere = false): number {
  const visible = Math.max(1, Math.floor(height));
  return rows > visible && visible >= 2 && !hintElsewhere ? visible - 1 : visible;
}

function scrollTop(
  layout: TextLayout,
  cursor: number,
  viewport: TextAreaViewport,
  previousTop: number,
): number {
  const rows = rowCount(layout);
  const shown = textRowsShown(rows, viewport.height, viewport.hintElsewhere);
  return visibleWindow(rows, rowAtOffset(layout, cursor), shown, previousTop);
}

export function createTextAreaModel(
  text: string,
  cursor: number | undefined,
  viewport: TextAreaViewport,
): TextAreaModel {
  const buffer = createTextBuffer(text, cursor);
  const layout = layoutText(buffer.text, viewport.width);
  return { buffer, layout, top: scrollTop(layout, buffer.cursor, viewport, 0) };
}

/** The model wrapped for `viewport` (after a resize); the same object when nothing changes. */
export function fitTextAreaModel(model: TextAreaModel, viewport: TextAreaViewport): TextAreaModel {
  const layout =
    model.layout.width === viewport.width
      ? model.layout
      : layoutText(model.buffer.text, viewport.width);
  const top = scrollTop(layout, model.buffer.cursor, viewport, model.top);
  return layout === model.layout && top === model.top ? model : { ...model, layout, top };
}

function toBufferAction(
  edit: TextAreaEdit,
  layout: TextLayout,
  viewport: TextAreaViewport,
): TextBufferAction {
  const { width } = viewport;
  switch (edit.type) {
    case 'up':
    case 'down':
    case 'home':
    case 'end':
      return { type: edit.type, width, layout };
    case 'page-up':
    case 'page-down': {
      const shown = textRowsShown(rowCount(layout), viewport.height, viewport.hintElsewhere);
      const rows = Math.max(1, shown - 1);
      return { type: edit.type === 'page-up' ? 'up' : 'down', rows, width, layout };
    }
    default:
      return edit;
  }
}

/**
 * One keystroke's work: the buffer edit, the re-wrap of the rows it touched, and the scroll. Pure,
 * so it can be benchmarked on its own.
 */
export function applyTextAreaEdit(
  model: TextAreaModel,
  edit: TextAreaEdit,
  viewport: TextAreaViewport,
): TextAreaModel {
  const fitted = fitTextAreaModel(model, viewport);
  const buffer = reduceTextBuffer(fitted.buffer, toBufferAction(edit, fitted.layout, viewport));
  if (buffer === fitted.buffer) return fitted;
  const layout =
    buffer.text === fitted.buffer.text
      ? fitted.layout
      : updateLayout(fitted.layout, buffer.text, viewport.width);
  return { buffer, layout, top: scrollTop(layout, buffer.cursor, viewport, fitted.top) };
}
