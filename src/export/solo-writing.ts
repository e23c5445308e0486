// Writing done alone ("Start where you are") is for its writer first: it stays out of history
// and every export, except the pieces its writer chose, at the end of each writing, to bring.
import type { Note, SessionNote } from '../notes/read-notes.js';
import { bodyOf } from '../notes/yaml-fields.js';

export function isSoloWriting(note: Note): note is SessionNote {
  return note.kind === 'session' && note.front.partners.length === 1;
}

/** The prompts (numbers from 1) whose writing was brought; none for a note of two. */
export function broughtPrompts(note: Note): number[] {
  return isSoloWriting(note) ? (note.front.details?.broughtPrompts ?? []) : [];
}

/** Notes that history and the exports may show: solo writing only when some of it was brought. */
export function shareable(notes: readonly Note[]): Note[] {
  return notes.filter((note) => !isSoloWriting(note) || broughtPrompts(note).length > 0);
}

/**
 * The body of a solo note with only what was brought: its title and first lines, then the
 * sections of the brought prompts (`## 3. …` up to the next `## `). The closing is left out.
 */
export function broughtBody(note: SessionNote): string {
  const brought = new Set(broughtPrompts(note));
  const kept: string[] = [];
  let keep = true;
  for (const line of bodyOf(note.markdown).replace(/\r\n?/g, '\n').split('\n')) {
    const section = /^## (?:(\d+)\. )?/.exec(line);
    if (section) keep = section[1] !== undefined && brought.has(Number(section[1]));
    if (keep) kept.push(line);
  }
  return kept.join('\n').trimEnd();
}
