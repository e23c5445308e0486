import { createContext, useContext } from 'react';

export interface Layout {
  /** Columns a screen may use. */
  width: number;
  /** Rows a screen may use: always fewer than the terminal's, so frames never flicker. */
  rows: number;
  /** Small terminals drop margins and extras, keeping what is needed to go on. */
  compact: boolean;
}

export function layoutFor(columns: number, terminalRows: number): Layout {
  const width = Math.max(20, Math.min(columns - 1, 100));
  // One row kept for the autosave line, one so the frame stays shorter than the terminal.
  const rows = Math.max(6, terminalRows - 2);
  return { width, rows, compact: rows < 18 || width < 60 };
}

export const LayoutContext = createContext<Layout>(layoutFor(80, 24));

export function useLayout(): Layout {
  return useContext(LayoutContext);
}
