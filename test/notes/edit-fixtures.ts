// Random typing for the journal's edit tests: a seeded generator and the next text a person
// might make of a field (typing, deleting, pasting, emoji), so a failing sequence can be rerun.
import fs from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import type { Journal } from '../../src/notes/index.js';
import { tempDir } from './fixtures.js';

/** A small seeded generator (mulberry32), so a failing sequence can be run again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'b', ' ', 'é', '\n', '💛', '💜', '👩‍👩‍👧', 'felt alone', 'xx', '"', '\\'];

/** Whole characters only: a random position never falls inside an emoji. */
function boundaries(text: string): number[] {
  const at = [0];
  let i = 0;
  for (const char of text) {
    i += char.length;
    at.push(i);
  }
  return at;
}

/** What a person might do next to `text`: type, delete, paste over, or only move the cursor. */
export function nextText(text: string, random: () => number): string {
  const cuts = boundaries(text);
  const pick = () => cuts[Math.floor(random() * cuts.length)] ?? 0;
  const piece = () => PIECES[Math.floor(random() * PIECES.length)] ?? 'a';
  const roll = random();
  if (roll < 0.5) return text + piece();
  const [from, to] = [pick(), pick()].sort((x, y) => x - y) as [number, number];
  if (roll < 0.7) return text.slice(0, from) + piece() + text.slice(from);
  if (roll < 0.85) return text.slice(0, from) + text.slice(to);
  if (roll < 0.95) return text.slice(0, from) + piece() + piece() + text.slice(to);
  return text;
}

/** Each test's own notes folder, and the journals it opened, closed and removed after it. */
export function folderPerTest(): { dir: () => string; track: (journal: Journal) => Journal } {
  let dir = '';
  const opened: Journal[] = [];
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    while (opened.length > 0) opened.pop()?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    track(journal) {
      opened.push(journal);
      return journal;
    },
  };
}
