import { Box, Text, type DOMElement } from 'ink';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { TextAreaCommand } from './input-decoder.js';
import { MAX_FIELD_CHARS } from '../../session/limits.js';
import { detached } from './detached.js';
import { offsetToRowColumn, rowCount, rowStart, rowText } from './layout.js';
import { textRowsShown, type TextAreaEdit } from './text-area-model.js';
import { resolveTextAreaTheme, type TextAreaTheme } from './theme.js';
import { TextAreaRow } from './TextAreaRow.js';
import { useBracketedPasteMode } from './use-bracketed-paste-mode.js';
import { useTerminalCursor } from './use-terminal-cursor.js';
import { useTextAreaInput } from './use-text-area-input.js';
import { useTextAreaState } from './use-text-area-state.js';
import { words } from '../../words/index.js';
import { number, plural } from '../../words/format.js';
import { wrap } from '../../text/wrap.js';
import { width as columnsOf } from '../../text/width.js';

export interface TextAreaProps {
  /** Text at mount, e.g. a restored draft. To replace it later, remount with a new `key`. */
  readonly defaultValue?: string;
  /** Cursor at mount, as a UTF-16 offset into `defaultValue`; defaults to the end. */
  readonly defaultCursor?: number;
  /** Called synchronously on every change of the text, with the whole text and the cursor. */
  readonly onChange?: (text: string, cursor: number) => void;
  /** Enter. Alt+Enter and Ctrl+J insert a newline instead. */
  readonly onSubmit?: (text: string) => void;
  /** Columns, the last one kept for the cursor at the end of a full row. */
  readonly width: number;
  /**
   * Rows for the text; when the text is longer, the last row says what is above and below, or,
   * when that would leave fewer than two rows of text and there is a label, the label's row does.
   */
  readonly height: number;
  /**
   * Words drawn above the text, such as "What I heard is…" (wrapped at words, not counted in
   * `height`). They are not the person's text, so a tight text area says its scroll beside them.
   */
  readonly label?: string;
  readonly labelColor?: string;
  /** Shown dimmed while the text is empty. */
  readonly placeholder?: string;
  /** Takes keys and shows the cursor only while true (default true). */
  readonly isActive?: boolean;
  readonly theme?: Partial<TextAreaTheme>;
}

/** "↑ 3 ↓ 1": the arrows and counts alone, where the words do not fit beside a label. */
function scrollArrows(above: number, below: number): string {
  return [above > 0 ? `↑ ${above}` : '', below > 0 ? `↓ ${below}` : ''].filter(Boolean).join(' ');
}

/** "↑ 3 more lines", "↓ 1 more line", "↑ 3 ↓ 1 more lines": short, to fit a narrow text area. */
function scrollHint(above: number, below: number): string {
  const said = words().common;
  return said.moreLines(scrollArrows(above, below), plural(above + below, said.lines));
}

/** Text rows that keep their own row for the scroll hint; fewer, and a label's row says it. */
const OWN_HINT_ROW = 3;
/** Between a label and the scroll hint beside it. */
const GAP = '  ';

/**
 * A multi-line text area that draws only its visible rows, so typing stays fast however long the
 * text grows. It owns its text; `onChange` reports every change so a screen can journal it.
 */
export function TextArea({
  defaultValue,
  defaultCursor,
  onChange,
  onSubmit,
  width,
  height,
  placeholder = '',
  isActive = true,
  label,
  labelColor,
  theme: themeOverrides,
}: TextAreaProps): ReactNode {
  const theme = useMemo(() => resolveTextAreaTheme(themeOverrides), [themeOverrides]);
  // A text area of one or two rows gives none of them to the hint when a label can say it.
  const labelRows = label ? wrap(label.trimEnd(), Math.max(1, width - 1)) : [];
  const hintElsewhere = labelRows.length > 0 && height < OWN_HINT_ROW;
  const { model, apply } = useTextAreaState({
    defaultValue,
    defaultCursor,
    width,
    height,
    hintElsewhere,
    onChange,
  });

  const onCommands = useCallback(
    (commands: readonly TextAreaCommand[]) => {
      let edits: TextAreaEdit[] = [];
      for (const command of commands) {
        if (command.type !== 'submit') {
          edits.push(command);
          continue;
        }
        const { text } = apply(edits).buffer;
        edits = [];
        onSubmit?.(text);
      }
      apply(edits);
    },
    [apply, onSubmit],
  );
  useTextAreaInput({ isActive, onCommands });
  useBracketedPasteMode(isActive);

  const { buffer, layout, top } = model;
  const rows = rowCount(layout);
  const shown = textRowsShown(rows, height, hintElsewhere);
  const cursor = offsetToRowColumn(layout, buffer.cursor);
  const showPlaceholder = buffer.text === '' && placeholder !== '';

  const boxRef = useRef<DOMElement>(null);
  useTerminalCursor(
    boxRef,
    isActive
      ? { x: Math.min(cursor.column, Math.max(0, width - 1)), y: cursor.row - top }
      : undefined,
  );

  const lines: ReactNode[] = [];
  for (let index = 0; index < shown; index++) {
    const row = top + index;
    if (showPlaceholder && row === 0) {
      lines.push(
        <TextAreaRow
          key={index}
          text={placeholder}
          cursor={isActive ? 0 : undefined}
          style={theme.placeholder}
          cursorStyle={theme.cursor}
        />,
      );
      continue;
    }
    lines.push(
      <TextAreaRow
        key={index}
        text={row < rows ? detached(rowText(layout, row)) : ''}
        cursor={isActive && row === cursor.row ? buffer.cursor - rowStart(layout, row) : undefined}
        style={theme.text}
        cursorStyle={theme.cursor}
      />,
    );
  }
  const full = buffer.text.length >= MAX_FIELD_CHARS;
  // Said where the scroll hint is, once a field holds all it can (a long paste was cut).
  const hint = full
    ? words().common.fieldFull(number(MAX_FIELD_CHARS))
    : scrollHint(top, rows - top - shown);
  // The hint has a row of its own only when one is left over: it is never drawn over the text.
  if (rows > shown && shown < height) {
    lines.push(
      <Text key="hint" {...theme.scrollHint} wrap="truncate-end">
        {hint}
      </Text>,
    );
  }
  // Or it goes beside the label, in words when they fit, else as arrows and counts.
  const last = labelRows.at(-1) ?? '';
  const room = width - columnsOf(last) - GAP.length;
  const beside =
    hintElsewhere && rows > shown
      ? [hint, scrollArrows(top, rows - top - shown)].find((said) => columnsOf(said) <= room)
      : undefined;

  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {labelRows.map((row, i) => (
        <Text key={`label${i}`} color={labelColor} wrap="truncate-end">
          {row || ' '}
          {beside && i === labelRows.length - 1 ? (
            <Text {...theme.scrollHint}>{`${GAP}${beside}`}</Text>
          ) : null}
        </Text>
      ))}
      <Box
        ref={boxRef}
        flexDirection="column"
        width={width}
        height={height}
        flexShrink={0}
        overflow="hidden"
        aria-role="textbox"
        aria-state={{ multiline: true }}
      >
        {lines}
      </Box>
    </Box>
  );
}
