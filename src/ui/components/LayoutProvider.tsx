import type { ReactNode } from 'react';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { LayoutContext, layoutFor } from '../layout.js';

/** Measures the terminal (and follows its resizes) for every screen below. */
export function LayoutProvider({ children }: { children: ReactNode }) {
  const { columns, rows } = useTerminalSize();
  return (
    <LayoutContext.Provider value={layoutFor(columns, rows)}>{children}</LayoutContext.Provider>
  );
}
