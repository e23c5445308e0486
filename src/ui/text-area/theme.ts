import type { TextProps } from 'ink';
import { noColour } from '../../text/colour.js';

export type TextAreaStyle = Pick<
  TextProps,
  'color' | 'backgroundColor' | 'dimColor' | 'bold' | 'italic' | 'underline' | 'inverse'
>;

/** Semantic styles of the text area; the view uses no other colours. */
export interface TextAreaTheme {
  readonly text: TextAreaStyle;
  /** The character under the cursor (a space at the end of a line). */
  readonly cursor: TextAreaStyle;
  readonly placeholder: TextAreaStyle;
  /** The "more above / more below" row. */
  readonly scrollHint: TextAreaStyle;
}

export const defaultTextAreaTheme: TextAreaTheme = {
  text: {},
  cursor: { inverse: true },
  placeholder: { dimColor: true },
  scrollHint: { dimColor: true },
};

function withoutColour({ color: _color, backgroundColor: _background, ...rest }: TextAreaStyle) {
  return rest;
}

/**
 * The default theme with `overrides`, without colours when `NO_COLOR` is set (any non-empty
 * value). Chalk 5, which Ink draws with, does not read `NO_COLOR` itself. Modifiers such as inverse
 * and dim are not colours and stay.
 */
export function resolveTextAreaTheme(
  overrides: Partial<TextAreaTheme> = {},
  env: NodeJS.ProcessEnv = process.env,
): TextAreaTheme {
  const theme = { ...defaultTextAreaTheme, ...overrides };
  if (!noColour(env)) return theme;
  return {
    text: withoutColour(theme.text),
    cursor: withoutColour(theme.cursor),
    placeholder: withoutColour(theme.placeholder),
    scrollHint: withoutColour(theme.scrollHint),
  };
}
