// Quick-hide and the guard on every key, between the terminal and the screens (the full-screen
// runner in start/ puts it around every program).
import { Box, Text, useStdin } from 'ink';
import { useState, type ReactNode } from 'react';
import { InputGateContext } from '../input-gate.js';
import { guardInputEvents } from '../input-guard.js';

/**
 * Guards every key on its way to the screens: Ink's own parser cannot throw on a strange key,
 * and Ctrl+L blanks the screen at once (keys are held back until it is pressed again; Ctrl+C
 * still quits). Nothing is lost while it is hidden.
 */
export function InputGuard({ children }: { children: ReactNode }) {
  const { internal_eventEmitter: events } = useStdin();
  const [hidden, setHidden] = useState(false);
  const [control] = useState(() => ({ hidden: false }));
  useState(() =>
    guardInputEvents(events, {
      isHidden: () => control.hidden,
      toggleHidden: () => {
        control.hidden = !control.hidden;
        setHidden(control.hidden);
      },
    }),
  );
  return (
    <>
      <Box display={hidden ? 'none' : 'flex'} flexDirection="column">
        <InputGateContext.Provider value={!hidden}>{children}</InputGateContext.Provider>
      </Box>
      {/* Hidden: an empty screen, until the same key is pressed again. */}
      {hidden ? <Text> </Text> : null}
    </>
  );
}
