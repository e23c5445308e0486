// Runs the built talkturn in a real pseudo-terminal and reads what a person would see.
import { spawn, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, NODE, pathWithTalkturn } from '../cli/run-cli.js';

/** How long the screen stays unchanged before keys are sent to it. */
const QUIET_MS = 40;

export interface Terminal {
  /** Sends keys, all in one go (a paste, or a single key). */
  write(keys: string): void;
  /** Types text a key at a time, as a person does (one chunk would read as a paste). */
  type(text: string): Promise<void>;
  /**
   * Waits until the text is on the screen (or the screen passes a check, such as having changed);
   * fails showing what the screen held.
   */
  waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<void>;
  /** The screen as a person sees it now, one line per row. */
  screen(): string;
  /** The lines that scrolled off the top of the main screen. */
  scrollback(): string;
  /** Everything the program wrote, escape sequences included. */
  raw(): string;
  exited: Promise<{ exitCode: number; signal?: number }>;
  pid: number;
  kill(signal?: string): void;
  /** Closes the terminal's side: the program's next write to it fails. */
  hangUp(): void;
  /** Makes the window another size, as a person dragging its corner does. */
  resize(cols: number, rows: number): void;
  home: string;
  notesDir: string;
}

export function startTalkturn(
  args: string[],
  options: {
    cols?: number;
    rows?: number;
    env?: Record<string, string>;
    home?: string;
    /** Runs talkturn under another program, e.g. a system-call tracer: [file, ...args]. */
    wrapper?: string[];
    /** Runs this instead of the checkout's talkturn, e.g. an installed package: [file, ...args]. */
    command?: string[];
  } = {},
): Terminal {
  const home = options.home ?? mkdtempSync(path.join(os.tmpdir(), 'talkturn-e2e-'));
  const notesDir = path.join(home, 'notes');
  const env: Record<string, string> = {
    PATH: pathWithTalkturn(),
    HOME: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TALKTURN_CONFIG_DIR: path.join(home, 'config'),
    TALKTURN_NOTES_DIR: notesDir,
    // CI=true makes Ink draw only the last frame; a person sees every frame.
    CI: 'false',
    ...options.env,
  };
  const [file, ...wrapperArgs] = options.wrapper ?? [];
  const [program, ...programArgs] = options.command ?? [NODE, BIN];
  const talkturn = [...programArgs, ...args];
  const command = file
    ? { file, args: [...wrapperArgs, program!, ...talkturn] }
    : { file: program!, args: talkturn };
  const pty: IPty = spawn(command.file, command.args, {
    name: 'xterm-256color',
    cols: options.cols ?? 80,
    rows: options.rows ?? 24,
    cwd: home,
    env,
  });
  let all = '';
  const emulator = new xterm.Terminal({
    cols: options.cols ?? 80,
    rows: options.rows ?? 24,
    allowProposedApi: true,
  });
  const waiters = new Set<() => void>();
  pty.onData((data) => {
    all += data;
    emulator.write(data, () => {
      for (const check of waiters) check();
    });
  });
  const screen = () => {
    const buffer = emulator.buffer.active;
    const lines: string[] = [];
    for (let row = 0; row < emulator.rows; row++) {
      lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
    }
    return lines.join('\n');
  };
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    pty.onExit((event) => {
      for (const check of waiters) check();
      resolve(event);
    });
  });
  return {
    pid: pty.pid,
    home,
    notesDir,
    exited,
    write: (keys) => pty.write(keys),
    resize(cols, rows) {
      emulator.resize(cols, rows);
      pty.resize(cols, rows);
    },
    async type(text) {
      for (const char of text) {
        pty.write(char);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    screen,
    scrollback: () => {
      const buffer = emulator.buffer.normal;
      const lines: string[] = [];
      for (let row = 0; row < buffer.baseY; row++) {
        lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
      }
      return lines.join('\n');
    },
    raw: () => all,
    kill: (signal) => pty.kill(signal),
    // node-pty's own way to close the terminal: its master side, then SIGHUP to what it started.
    hangUp: () => (pty as unknown as { destroy(): void }).destroy(),
    waitFor(text, timeoutMs = 10_000) {
      const found = () =>
        typeof text === 'string'
          ? screen().includes(text)
          : typeof text === 'function'
            ? text(screen())
            : text.test(screen());
      // A screen is ready for keys once it is drawn and has been still for a moment: the
      // program listens for keys just after it draws, as a person's eyes need a moment too.
      return new Promise((resolve, reject) => {
        let still: ReturnType<typeof setTimeout> | undefined;
        const check = () => {
          clearTimeout(still);
          if (found()) still = setTimeout(done, QUIET_MS);
        };
        const done = () => {
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(`Timed out waiting for ${String(text)}. The screen showed:\n${screen()}`),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          clearTimeout(still);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
