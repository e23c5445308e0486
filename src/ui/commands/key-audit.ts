// Which commands have a live key handler right now, for the test that every key a screen
// handles is in its footer. Nothing listens in the program itself: the context is empty there.
import { createContext, useContext, useLayoutEffect, useState } from 'react';
import type { Command } from '../keys.js';

/** A command some handler answers, and whether letters were left to a text area there. */
export interface Handled {
  command: Command;
  typing: boolean;
}

interface Report {
  commands: readonly Command[];
  /** Asked when the audit is read: a layer learns it from the screens below it. */
  typing: () => boolean;
}

export interface KeyAudit {
  /** Every command some mounted handler answers now. */
  handled(): Handled[];
  report(owner: object, report: Report | null): void;
}

export function createKeyAudit(): KeyAudit {
  const live = new Map<object, Report>();
  return {
    handled: () =>
      [...live.values()].flatMap(({ commands, typing }) =>
        commands.map((command) => ({ command, typing: typing() })),
      ),
    report(owner, report) {
      if (report && report.commands.length > 0) live.set(owner, report);
      else live.delete(owner);
    },
  };
}

export const KeyAuditContext = createContext<KeyAudit | null>(null);

/** Tells the audit (when there is one) which commands this handler answers now. */
export function useAuditReport(
  commands: readonly Command[],
  active: boolean,
  typing: () => boolean,
): void {
  const audit = useContext(KeyAuditContext);
  const [owner] = useState(() => ({}));
  const names = commands.join(' ');
  useLayoutEffect(() => {
    if (!audit) return;
    const live = active && names ? (names.split(' ') as Command[]) : [];
    audit.report(owner, { commands: live, typing });
    return () => audit.report(owner, null);
  });
}
