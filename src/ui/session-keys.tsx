// The talk's own global key: Ctrl+P (or P where nothing is typed) pauses from every screen of
// the session, for either partner, and every footer of the talk shows it.
import type { ReactNode } from 'react';
import type { SessionState, SessionStore } from '../session/index.js';
import { GlobalCommands } from './commands/index.js';

export function SessionKeys({
  state,
  store,
  children,
}: {
  state: SessionState;
  store: SessionStore;
  children: ReactNode;
}) {
  return (
    <GlobalCommands
      commands={[
        { command: 'pause', when: !state.pause, run: () => store.dispatch({ type: 'pause' }) },
      ]}
    >
      {children}
    </GlobalCommands>
  );
}
