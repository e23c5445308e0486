import { useInput, type Key } from 'ink';
import { useInputOpen } from '../input-gate.js';

/** Ink's useInput, silent while the screen is hidden (quick-hide). */
export function useKeys(
  handler: (input: string, key: Key) => void,
  options: { isActive?: boolean } = {},
): void {
  const open = useInputOpen();
  useInput(handler, { isActive: (options.isActive ?? true) && open });
}
