import { useStdout } from 'ink';
import { useEffect } from 'react';

const ENABLE = '\x1b[?2004h';
const DISABLE = '\x1b[?2004l';

/** Text areas per output stream that want bracketed paste, so the last one out turns it off. */
const users = new WeakMap<NodeJS.WriteStream, number>();

/**
 * Asks the terminal to wrap pastes in `ESC[200~ … ESC[201~` while active, so a pasted line break
 * is never taken for Enter. Only on a real terminal: the sequence moves nothing on screen.
 */
export function useBracketedPasteMode(isActive: boolean): void {
  const { stdout } = useStdout();
  useEffect(() => {
    if (!isActive || !stdout.isTTY) return;
    const count = users.get(stdout) ?? 0;
    users.set(stdout, count + 1);
    if (count === 0) stdout.write(ENABLE);
    return () => {
      const remaining = (users.get(stdout) ?? 1) - 1;
      users.set(stdout, remaining);
      if (remaining === 0) stdout.write(DISABLE);
    };
  }, [isActive, stdout]);
}
