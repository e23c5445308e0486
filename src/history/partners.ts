// Which colour and mark each name gets: the partners of the newest note first, so the two
// people keep theirs across the whole history, matched by name whatever the case.
import type { Note } from '../notes/read-notes.js';
import { nameKey } from '../text/names.js';

export function partnerIndexer(notes: readonly Note[]): (name: string) => number {
  const order = new Map<string, number>();
  for (const note of notes) {
    for (const name of note.front.partners) {
      if (!order.has(nameKey(name))) order.set(nameKey(name), order.size);
    }
  }
  return (name) => order.get(nameKey(name)) ?? -1;
}
