// Quick-hide and the guard on every key, between the terminal and the screens (the full-screen
// runner in start/ puts it around every program).
import { Box, Text, useStdin, useStdout } from 'ink';
import { useState, type ReactNode } from 'react';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { InputGateContext } from '../input-gate.js';
import { guardInputEvents } from '../input-guard.js';
import { isTooSmall, SMALLEST } from '../window-size.js';
import { wrap } from '../../text/wrap.js';
import { words } from '../../words/index.js';

/**
 * Guards every key on its way to the screens: Ink's own parser cannot throw on a strange key,
 * and Ctrl+L blanks the screen at once (keys are held back until it is pressed again; Ctrl+C
 * still quits). Nothing is lost while it is hidden. A window smaller than the screens are made
 * for shows one sentence instead, until it is made bigger (Ctrl+C and Ctrl+P still work).
 */
export function InputGuard({ children }: { children: ReactNode }) {
  const { internal_eventEmitter: events } = useStdin();
  const [hidden, setHidden] = useState(false);
  const { stdout } = useStdout();
  const [control] = useState(() => ({ hidden: false }));
  const size = useTerminalSize();
  const tooSmall = isTooSmall(size);
  useState(() =>
    guardInputEvents(events, {
      isHidden: () => control.hidden,
      // The window's size when the key comes, as useTerminalSize reads it.
      isTooSmall: () => isTooSmall({ columns: stdout.columns || 80, rows: stdout.rows || 24 }),
      toggleHidden: () => {
        control.hidden = !control.hidden;
        setHidden(control.hidden);
      },
    }),
  );
  return (
    <>
      <Box display={hidden || tooSmall ? 'none' : 'flex'} flexDirection="column">
        {/* Too small: the guard lets only Ctrl+C and Ctrl+P through, and those must arrive. */}
        <InputGateContext.Provider value={!hidden}>{children}</InputGateContext.Provider>
      </Box>
      {/* Hidden: an empty screen, until the same key is pressed again. */}
      {hidden ? <Text> </Text> : null}
      {tooSmall && !hidden ? <TooSmall columns={size.columns} rows={size.rows} /> : null}
    </>
  );
}

/** The one sentence, in rows that fit: one row fewer than the window, so it never flickers. */
function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  const sentence = words().smallWindow.tooSmall(SMALLEST.columns, SMALLEST.rows);
  const shown = wrap(sentence, Math.max(1, columns)).slice(0, Math.max(1, rows - 1));
  return (
    <Box flexDirection="column">
      {shown.map((row, i) => (
        <Text key={i}>{row}</Text>
      ))}
    </Box>
  );
}
