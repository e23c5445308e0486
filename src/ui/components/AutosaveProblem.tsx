import { Text } from 'ink';
import { useSyncExternalStore } from 'react';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';

const NEVER = () => () => {};
const NOTHING = () => null;

/**
 * A line that appears only while the autosave cannot reach its folder: where the words are
 * (kept in memory, or moved to a rescue folder). The session goes on.
 */
export function AutosaveProblem() {
  const { autosaveProblem } = useSessionUi();
  const problem = useSyncExternalStore(
    autosaveProblem?.subscribe ?? NEVER,
    autosaveProblem?.get ?? NOTHING,
  );
  if (!problem) return null;
  return (
    <Text color={theme.problem} wrap="wrap">
      {problem}
    </Text>
  );
}
