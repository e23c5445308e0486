// Runs the built talkturn in a pseudo-terminal, as a couple would, and waits for screen text.
import { spawn } from '@lydell/node-pty';
import path from 'node:path';
import { app, sleep } from './paths.mjs';
import { tempDir } from './temp-dirs.mjs';

// Colours, cursor moves and erases between the words; what is left is the text a person reads.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[^[\]])/g;

export const stripEscapes = (text) => text.replace(ESCAPES, '');

/** A private HOME with the settings and notes folders inside, as on a first run. */
export function privateHome() {
  const home = tempDir('home');
  return {
    home,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      TALKTURN_CONFIG_DIR: path.join(home, 'config'),
      TALKTURN_NOTES_DIR: path.join(home, 'notes'),
      // CI=true makes Ink draw only the last frame; a person sees every frame.
      CI: 'false',
    },
  };
}

/** Spawns `node <args>` (this Node unless told) in an 80x24 pseudo-terminal; `startedAt` is taken just before. */
export function startInPty(args, env, { cols = 80, rows = 24, node = process.execPath } = {}) {
  const startedAt = performance.now();
  const pty = spawn(node, args, {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: app.root,
    env,
  });
  let raw = '';
  let exit;
  const listeners = new Set();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  pty.onData((data) => {
    raw += data;
    notify();
  });
  const exited = new Promise((resolve) => {
    pty.onExit((event) => {
      exit = { ...event, at: performance.now() };
      notify();
      resolve(exit);
    });
  });

  /** Resolves with the time the text first showed; fails naming the text and the screen. */
  const waitFor = (text, { since = 0, timeoutMs = 10_000 } = {}) => {
    const found = () => stripEscapes(raw.slice(since)).includes(text);
    const describe = () => {
      const tail = stripEscapes(raw.slice(since)).replace(/\s+/g, ' ').slice(-400);
      return `while waiting for "${text}" on screen; it last showed: ${tail || '(nothing)'}`;
    };
    return new Promise((resolve, reject) => {
      if (found()) return resolve(performance.now());
      if (exit) return reject(new Error(`talkturn exited (code ${exit.exitCode}) ${describe()}`));
      const check = () => {
        if (found()) {
          done();
          resolve(performance.now());
        } else if (exit) {
          done();
          reject(new Error(`talkturn exited (code ${exit.exitCode}) ${describe()}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out after ${timeoutMs / 1000} s ${describe()}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
    });
  };

  return {
    pid: pty.pid,
    startedAt,
    exited,
    write: (keys) => pty.write(keys),
    kill: (signal) => pty.kill(signal),
    /** A point in the output: `waitFor(text, { since })` looks only at what came after it. */
    mark: () => raw.length,
    /** The readable text written since a mark. */
    text: (since = 0) => stripEscapes(raw.slice(since)),
    onData(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitFor,
    /** Types a key at a time, waits for the echo, then a pause so Enter is not read as a paste. */
    async type(text) {
      const since = raw.length;
      for (const char of text) {
        pty.write(char);
        await sleep(5);
      }
      await waitFor(text.slice(-12), { since });
      await sleep(50);
    },
    /** Ends the process if it is still running and waits for it to go. */
    async stop() {
      if (!exit) {
        try {
          pty.kill('SIGTERM');
        } catch {
          // already gone
        }
      }
      await Promise.race([exited, sleep(3000)]);
    },
  };
}

export function startTalkturn(args, env, options) {
  return startInPty([app.bin, ...args], env, options);
}
