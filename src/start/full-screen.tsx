// The one full-screen runner: every command that takes the screen (the session, the check-in)
// runs through it, so signals, the discreet screen, quick-hide, the crash guard and the farewell
// behave the same everywhere.
import { render } from 'ink';
import type { ReactElement } from 'react';
import { CrashGuard } from '../ui/components/CrashGuard.js';
import { InputGuard } from '../ui/components/InputGuard.js';
import { LayoutProvider } from '../ui/components/LayoutProvider.js';
import type { Farewell } from '../ui/farewell.js';
import { enterDiscreetScreen } from './discreet-screen.js';
import { inertText } from '../text/inert.js';
import { words } from '../words/index.js';

const SIGNAL_EXIT = { SIGHUP: 129, SIGTERM: 143 } as const;
type ExitSignal = keyof typeof SIGNAL_EXIT;

export interface FullScreenProgram {
  /** The screens. They call `farewell` with the words to print just before they close. */
  screens: (farewell: (words: Farewell) => void) => ReactElement;
  /**
   * Keeps the words when the program has to stop without its screens (a signal, a fault):
   * synchronous, never throws. Returns a sentence saying where they are (or that they could
   * not be kept), or null when there was nothing to keep.
   */
  keep: () => string | null;
  /** Runs once the screen is left, however it ends (let go of what the screens held). */
  cleanUp?: () => void;
}

/** What every program says after a fault: what went wrong, then where `keep` put the words. */
function crashed(error: Error, kept: string | null): Farewell {
  return {
    code: 1,
    message: `${words().farewell.wentWrong(error.message)}${kept ? `\n${kept}` : ''}`,
  };
}

/** Runs a full-screen program and resolves with its exit code once the screen is left. */
export async function runFullScreen(program: FullScreenProgram): Promise<number> {
  let farewell: Farewell = { code: 0, message: '' };
  const screen = enterDiscreetScreen();

  // The terminal was closed or the system asked us to stop: the words go to disk first, before
  // anything touches a terminal that may be gone.
  const onSignal = (signal: ExitSignal) => {
    program.keep();
    screen.leave();
    process.exit(SIGNAL_EXIT[signal]);
  };
  // A fault outside React's reach (a key handler, a timer): keep the words, say where.
  const onFault = (error: unknown) => {
    const kept = program.keep();
    screen.leave();
    const words = crashed(error instanceof Error ? error : new Error(String(error)), kept);
    process.stderr.write(`${inertText(words.message)}\n`);
    process.exit(words.code);
  };
  // The terminal went away without a word (a closed tmux or ssh whose shell sent no SIGHUP):
  // writing to it fails. The words go to disk first, as for SIGHUP, ahead of the entry point's
  // own handler, which would only say so on a terminal that is gone, and exit.
  const onTerminalGone = () => onSignal('SIGHUP');
  const signals = Object.keys(SIGNAL_EXIT) as ExitSignal[];
  for (const signal of signals) process.once(signal, onSignal);
  process.once('uncaughtException', onFault);
  process.stdout.prependOnceListener('error', onTerminalGone);
  process.stdin.prependOnceListener('error', onTerminalGone);

  const app = render(
    <CrashGuard
      onCrash={(error) => {
        farewell = crashed(error, program.keep());
        app.unmount();
      }}
    >
      <InputGuard>
        <LayoutProvider>
          {program.screens((words) => {
            farewell = words;
          })}
        </LayoutProvider>
      </InputGuard>
    </CrashGuard>,
    { exitOnCtrlC: false },
  );
  try {
    await app.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
    process.off('uncaughtException', onFault);
    process.stdout.off('error', onTerminalGone);
    process.stdin.off('error', onTerminalGone);
    program.cleanUp?.();
    screen.leave();
  }
  // Farewells name folders and files, which may hold anything: made inert for the terminal.
  if (farewell.message) process.stdout.write(`${inertText(farewell.message)}\n`);
  return farewell.code;
}
