// The lock's take-over, one interleaving at a time. Another process's steps are played at the
// exact moment they would hurt, through the file layer, so each race is certain rather than
// hoped for (save-once.test.ts races real processes and catches what these do not foresee).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/notes/lock.js';
import { nodeFs, type FsLayer } from '../../src/notes/fs-layer.js';
import { tempDir } from './fixtures.js';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = tempDir();
  lock = path.join(dir, 's-1.lock');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// A pid that is surely dead (far above Linux's pid_max), and one that is surely alive.
const DEAD = 2 ** 30;
const ALIVE = process.ppid;
const holding = (pid: number) => `${JSON.stringify({ pid, host: os.hostname() })}\n`;
const holder = () => (JSON.parse(fs.readFileSync(lock, 'utf8')) as { pid: number }).pid;

/** The node layer, with `then` run just after `.break` is made. */
const whenBreakIsMade = (then: () => void): FsLayer => ({
  ...nodeFs,
  link(existing, made) {
    nodeFs.link(existing, made);
    if (made === `${lock}.break`) then();
  },
});

describe('taking over a stale lock while another resume does the same', () => {
  it('does not remove the lock the other has just made, after it broke the stale one', () => {
    fs.writeFileSync(lock, holding(DEAD));
    // Just as we take `.break`, the other (which held it a moment ago) has removed the stale
    // lock; it makes its own right after we look again and find none.
    const breaker = `${lock}.break`;
    const otherMakesItsOwn = (file: string) => {
      if (file === lock && fs.existsSync(breaker) && !fs.existsSync(lock)) {
        fs.writeFileSync(lock, holding(ALIVE));
      }
    };
    const fsl: FsLayer = {
      ...whenBreakIsMade(() => fs.unlinkSync(lock)),
      // However we look (reading it or asking if it is there), the other's lock appears just after.
      readFile(file) {
        try {
          return nodeFs.readFile(file);
        } finally {
          otherMakesItsOwn(file);
        }
      },
      stat(file) {
        try {
          return nodeFs.stat(file);
        } finally {
          otherMakesItsOwn(file);
        }
      },
    };
    expect(() => acquireLock(lock, { fs: fsl })).toThrow(
      expect.objectContaining({ code: 'locked' }),
    );
    expect(holder()).toBe(ALIVE);
  });

  it('finding the stale lock gone under `.break`, makes its own rather than removing anything', () => {
    fs.writeFileSync(lock, holding(DEAD));
    const made = acquireLock(lock, { fs: whenBreakIsMade(() => fs.unlinkSync(lock)) });
    expect(holder()).toBe(process.pid);
    made.release();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('does not take a `.break` for stale when its maker is alive and has just written it', () => {
    fs.writeFileSync(lock, holding(DEAD));
    // The other holds `.break`; it lets go and a third takes it the instant we look.
    const breaker = `${lock}.break`;
    fs.writeFileSync(breaker, holding(ALIVE));
    let looked = 0;
    const fsl: FsLayer = {
      ...nodeFs,
      readFile(file) {
        const data = nodeFs.readFile(file);
        if (file === breaker && looked++ === 0) {
          fs.unlinkSync(breaker);
          fs.writeFileSync(breaker, '');
        }
        return data;
      },
    };
    expect(() => acquireLock(lock, { fs: fsl })).toThrow(
      expect.objectContaining({ code: 'locked' }),
    );
    expect(fs.existsSync(breaker)).toBe(true);
  });
});
