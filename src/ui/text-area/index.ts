export { TextArea, type TextAreaProps } from './TextArea.js';
export {
  createTextBuffer,
  reduceTextBuffer,
  type TextBufferAction,
  type TextBufferState,
} from './buffer.js';
export {
  layoutText,
  offsetToRowColumn,
  rowColumnToOffset,
  updateLayout,
  visibleWindow,
  type TextLayout,
} from './layout.js';
export {
  applyTextAreaEdit,
  createTextAreaModel,
  type TextAreaEdit,
  type TextAreaModel,
  type TextAreaViewport,
} from './text-area-model.js';
export { createTextAreaInputDecoder, type TextAreaCommand } from './input-decoder.js';
export { sanitizeInput } from './sanitize.js';
export { defaultTextAreaTheme, resolveTextAreaTheme, type TextAreaTheme } from './theme.js';
export { useTextAreaInput, type UseTextAreaInputOptions } from './use-text-area-input.js';
export { useTextAreaState, type UseTextAreaStateOptions } from './use-text-area-state.js';
export { useBracketedPasteMode } from './use-bracketed-paste-mode.js';
