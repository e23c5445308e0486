import { useSyncExternalStore, type ReactNode } from 'react';
import { LayoutContext, useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';
import { Clamped, wrappedRows } from './Clamped.js';

const NEVER = () => () => {};
const NOTHING = () => null;

/**
 * Rows that appear above the screen only while the autosave cannot reach its folder: the cause
 * first, whole, then where the words are (kept in memory, or moved to a rescue folder). The screen below gets that many rows fewer, so the
 * frame still stays shorter than the terminal.
 */
export function AutosaveProblem({ children }: { children: ReactNode }) {
  const layout = useLayout();
  const { autosaveProblem } = useSessionUi();
  const problem = useSyncExternalStore(
    autosaveProblem?.subscribe ?? NEVER,
    autosaveProblem?.get ?? NOTHING,
  );
  if (!problem) return <>{children}</>;
  // The problem says its cause first, then where the words are now (issue 14's wording).
  const text = problem;
  // One row is kept for this line in every layout; it may take up to a third of the screen.
  const rows = Math.min(
    wrappedRows(text, layout.width).length,
    Math.max(1, Math.floor(layout.rows / 3)),
  );
  return (
    <>
      <Clamped text={text} width={layout.width} maxRows={rows} color={theme.problem} />
      <LayoutContext.Provider value={{ ...layout, rows: Math.max(6, layout.rows - (rows - 1)) }}>
        {children}
      </LayoutContext.Provider>
    </>
  );
}
