// Which items the SESSION arguments name: a note's file name (with or without `.md`, or its
// `.md.age`), an unfinished session's id, or a day `YYYY-MM-DD` (everything of that day).
// Deleting a session also deletes a journal of it left behind, so no copy of its words stays.
import path from 'node:path';
import type { Catalogue, Item } from './catalogue.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `x.md`, `x.md.age`, `x.jsonl` and `x` all name `x`. */
function keyOf(name: string): string {
  return path.basename(name.trim()).replace(/\.(md\.age|md|jsonl)$/, '');
}

export interface Selection {
  chosen: Item[];
  /** Arguments that named nothing, as typed. */
  unknown: string[];
}

export function selectItems(found: Catalogue, args: readonly string[]): Selection {
  const chosen = new Set<Item>();
  const unknown: string[] = [];
  for (const arg of args) {
    const day = DAY.test(arg.trim()) ? arg.trim() : null;
    const matches = day
      ? found.items.filter((item) => item.date === day)
      : [...found.items, ...found.damaged].filter(
          (item) => item.kind !== 'leftover' && keyOf(item.name) === keyOf(arg),
        );
    if (matches.length === 0) unknown.push(arg);
    for (const item of matches) chosen.add(item);
  }
  for (const item of [...chosen]) {
    if (item.kind !== 'session' && item.kind !== 'encrypted') continue;
    const stem = keyOf(item.name);
    for (const other of found.items) {
      const journalOf = other.lockPath !== undefined && other.name.startsWith(`${stem}-`);
      if (journalOf && /^[0-9a-f]{6}$/.test(other.name.slice(stem.length + 1))) chosen.add(other);
    }
  }
  return { chosen: [...chosen], unknown };
}
