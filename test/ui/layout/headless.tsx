// Renders an Ink tree at a terminal size and reads it back through a headless terminal, the way a
// person at that terminal would see it: rows past the bottom scroll the top away.
import xterm from '@xterm/headless';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { renderWith, resize, settle } from '../harness.js';
import type { SessionUi } from '../../../src/ui/session-context.js';

export interface Size {
  columns: number;
  rows: number;
}

export const SIZES: Size[] = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
  { columns: 120, rows: 40 },
];

export const sizeName = ({ columns, rows }: Size) => `${columns}x${rows}`;

/** The last frame as it lands on a terminal of this size, one string per row. */
export async function onTerminal(frame: string, { columns, rows }: Size): Promise<string[]> {
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  let written = false;
  term.write(frame.replace(/\n/g, '\r\n'), () => (written = true));
  // The terminal parses on a timer; under fake timers, time is moved on a millisecond at a time.
  for (let step = 0; !written && step < 1000; step++) {
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(1);
    else await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
  }
  term.dispose();
  return lines;
}

export async function renderAt(ui: SessionUi, element: ReactElement, size: Size) {
  const view = renderWith(ui, element);
  resize(view.stdout, size.columns, size.rows);
  await settle();
  return {
    view,
    screen: async () => (await onTerminal(view.lastFrame() ?? '', size)).join('\n'),
  };
}
