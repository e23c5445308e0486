import { Text } from 'ink';
import { memo } from 'react';
import { nextGraphemeBoundary } from './graphemes.js';
import type { TextAreaStyle } from './theme.js';

export interface TextAreaRowProps {
  readonly text: string;
  /** Offset of the cursor in `text`, when it is on this row. */
  readonly cursor?: number;
  readonly style: TextAreaStyle;
  readonly cursorStyle: TextAreaStyle;
}

/** One visual row, already wrapped to fit: Ink only draws it, it never wraps it. */
export const TextAreaRow = memo(function TextAreaRow({
  text,
  cursor,
  style,
  cursorStyle,
}: TextAreaRowProps) {
  if (cursor === undefined) {
    // A space keeps an empty row one line tall.
    return (
      <Text {...style} wrap="truncate-end">
        {text === '' ? ' ' : text}
      </Text>
    );
  }
  const underEnd = nextGraphemeBoundary(text, cursor);
  return (
    <Text {...style} wrap="truncate-end">
      {text.slice(0, cursor)}
      <Text {...cursorStyle}>{underEnd > cursor ? text.slice(cursor, underEnd) : ' '}</Text>
      {text.slice(underEnd)}
    </Text>
  );
});
