// Keys that work across a whole command: Ctrl+C quits (also while the screen is hidden), Ctrl+P
// pauses the session. A layer answers them in one place and tells every screen below to show them.
import { useInput } from 'ink';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { useInputOpen } from '../input-gate.js';
import { matches, type Command } from '../keys.js';
import { useAuditReport } from './key-audit.js';
import { LayerContext, type Declaration, type Layer, type TypingSources } from './use-commands.js';

/** Ctrl+C must reach its layer while the screen is hidden: nothing else does. */
const WHILE_HIDDEN: readonly Command[] = ['quit', 'stop'];

export function GlobalCommands({
  commands,
  children,
}: {
  commands: readonly Declaration[];
  children: ReactNode;
}) {
  const parent = useContext(LayerContext);
  const open = useInputOpen();
  const [own] = useState<TypingSources>(() => new Set());
  const typing = parent.typing ?? own;
  const live = commands.filter((d) => d.when !== false);
  useInput((input, key) => {
    const answered = live.find(
      (d) =>
        d.run &&
        (open || WHILE_HIDDEN.includes(d.command)) &&
        matches(d.command, input, key, typing.size > 0),
    );
    answered?.run?.(input, key);
  });
  useAuditReport(
    live.filter((d) => d.run).map((d) => d.command),
    true,
    () => typing.size > 0,
  );
  const names = live.map((d) => d.command).join(' ');
  const value = useMemo<Layer>(
    () => ({
      shown: [...parent.shown, ...(names ? (names.split(' ') as Command[]) : [])],
      typing,
    }),
    [parent.shown, names, typing],
  );
  return <LayerContext.Provider value={value}>{children}</LayerContext.Provider>;
}
