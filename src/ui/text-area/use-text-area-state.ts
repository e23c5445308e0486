import { useCallback, useMemo, useRef, useState } from 'react';
import {
  applyTextAreaEdit,
  createTextAreaModel,
  fitTextAreaModel,
  type TextAreaEdit,
  type TextAreaModel,
} from './text-area-model.js';

export interface UseTextAreaStateOptions {
  /** Text at mount, e.g. a restored draft. Later changes are ignored: remount with a new `key`. */
  readonly defaultValue?: string;
  /** Cursor at mount (UTF-16 offset, snapped to a grapheme boundary); defaults to the end. */
  readonly defaultCursor?: number;
  readonly width: number;
  readonly height: number;
  /** The scroll hint is said on another row (the label's): every row is text. */
  readonly hintElsewhere?: boolean;
  /** Called synchronously on every change of the text, with the whole text and the cursor. */
  readonly onChange?: (text: string, cursor: number) => void;
}

export interface TextAreaState {
  /** The model to draw, wrapped for the current width and height. */
  readonly model: TextAreaModel;
  /** Applies edits in order and returns the resulting model (one render for all of them). */
  readonly apply: (edits: readonly TextAreaEdit[]) => TextAreaModel;
}

export function useTextAreaState({
  defaultValue = '',
  defaultCursor,
  width,
  height,
  hintElsewhere = false,
  onChange,
}: UseTextAreaStateOptions): TextAreaState {
  const [stored, setStored] = useState(() =>
    createTextAreaModel(defaultValue, defaultCursor, { width, height, hintElsewhere }),
  );
  // Edits chain on this, not on `stored`: several can arrive before React renders again.
  const latest = useRef(stored);
  const model = useMemo(
    () => fitTextAreaModel(stored, { width, height, hintElsewhere }),
    [stored, width, height, hintElsewhere],
  );

  const apply = useCallback(
    (edits: readonly TextAreaEdit[]) => {
      const before = latest.current;
      let next = before;
      const viewport = { width, height, hintElsewhere };
      for (const edit of edits) next = applyTextAreaEdit(next, edit, viewport);
      if (next === before) return next;
      latest.current = next;
      if (next.buffer.text !== before.buffer.text) onChange?.(next.buffer.text, next.buffer.cursor);
      setStored(next);
      return next;
    },
    [width, height, hintElsewhere, onChange],
  );

  return { model, apply };
}
