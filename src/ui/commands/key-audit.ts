// Which commands have a live key handler right now, for the test that every key a screen
// handles is in its footer. Nothing listens in the program itself: the context is empty there.
import { createContext, useContext, useLayoutEffect, useState } from 'react';
import type { Command } from '../keys.js';

export interface KeyAudit {
  /** Every command some mounted handler answers now. */
  handled(): Command[];
  report(owner: object, commands: readonly Command[] | null): void;
}

export function createKeyAudit(): KeyAudit {
  const live = new Map<object, readonly Command[]>();
  return {
    handled: () => [...new Set([...live.values()].flat())],
    report(owner, commands) {
      if (commands && commands.length > 0) live.set(owner, commands);
      else live.delete(owner);
    },
  };
}

export const KeyAuditContext = createContext<KeyAudit | null>(null);

/** Tells the audit (when there is one) which commands this handler answers now. */
export function useAuditReport(commands: readonly Command[], active: boolean): void {
  const audit = useContext(KeyAuditContext);
  const [owner] = useState(() => ({}));
  const names = commands.join(' ');
  useLayoutEffect(() => {
    if (!audit) return;
    audit.report(owner, active && names ? (names.split(' ') as Command[]) : null);
    return () => audit.report(owner, null);
  }, [audit, owner, names, active]);
}
