// Runs the built talkturn in a real pseudo-terminal and reads what a person would see.
import { spawn, type IPty } from '@lydell/node-pty';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from '../cli/run-cli.js';

// Cursor moves, colours, screen modes: everything that is not text on screen.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[()][0-9A-B]|[=>78cDEHMNOZ])/g;

export interface Terminal {
  /** Types keys as a person would. */
  write(keys: string): void;
  /** Waits until the text appears on screen after the last mark; fails with what was shown. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Forgets what was shown so far, so the next waitFor looks only at what comes after. */
  mark(): void;
  text(): string;
  raw(): string;
  exited: Promise<{ exitCode: number; signal?: number }>;
  pid: number;
  kill(signal?: string): void;
  home: string;
  notesDir: string;
}

export function startTalkturn(
  args: string[],
  options: { cols?: number; rows?: number; env?: Record<string, string>; home?: string } = {},
): Terminal {
  const home = options.home ?? mkdtempSync(path.join(os.tmpdir(), 'talkturn-e2e-'));
  const notesDir = path.join(home, 'notes');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TALKTURN_CONFIG_DIR: path.join(home, 'config'),
    TALKTURN_NOTES_DIR: notesDir,
    // CI=true makes Ink draw only the last frame; a person sees every frame.
    CI: 'false',
    ...options.env,
  };
  const pty: IPty = spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: options.cols ?? 80,
    rows: options.rows ?? 24,
    cwd: home,
    env,
  });
  let all = '';
  let from = 0;
  const waiters = new Set<() => void>();
  pty.onData((data) => {
    all += data;
    for (const check of waiters) check();
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    pty.onExit((event) => {
      for (const check of waiters) check();
      resolve(event);
    });
  });
  const visible = () => all.slice(from).replace(ANSI, '');
  return {
    pid: pty.pid,
    home,
    notesDir,
    exited,
    write: (keys) => pty.write(keys),
    mark: () => {
      from = all.length;
    },
    text: visible,
    raw: () => all,
    kill: (signal) => pty.kill(signal),
    waitFor(text, timeoutMs = 10_000) {
      const found = () =>
        typeof text === 'string' ? visible().includes(text) : text.test(visible());
      return new Promise((resolve, reject) => {
        if (found()) return resolve();
        const check = () => {
          if (!found()) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `Timed out waiting for ${String(text)}. The screen showed:\n${visible().slice(-3000)}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
      });
    },
  };
}
