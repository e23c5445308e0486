// The export without --for-therapy: the notes themselves, one after another in date order,
// each under its own heading (its title, one level down so the document has one title).
import { bodyOf } from '../notes/yaml-fields.js';
import type { Note } from '../notes/read-notes.js';
import { words } from '../words/index.js';
import { coupleNames, spanOf, whatIsGathered, whenLine } from './document-parts.js';
import { broughtBody, isSoloWriting } from './solo-writing.js';

/** The note's body with every heading one level down; a heading of its own if it had none. */
export function noteSection(note: Note): string {
  // Writing done alone: only the pieces its writer chose to bring.
  const body = isSoloWriting(note) ? broughtBody(note) : bodyOf(note.markdown);
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  while (lines[0]?.trim() === '') lines.shift();
  let fenced = false;
  const shifted = lines.map((line) => {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
  });
  if (!/^## /.test(shifted[0] ?? '')) {
    shifted.unshift(
      `## ${note.kind === 'checkin' ? words().export.checkinHeading : words().export.conversationHeading}, ${whenLine(note)}`,
      '',
    );
  }
  return shifted.join('\n').trimEnd();
}

export function plainExport(oldestFirst: readonly Note[]): string {
  const names = coupleNames(oldestFirst);
  const blocks = [
    `# ${words().export.title}`,
    words().export.gathered(names, whatIsGathered(oldestFirst), spanOf(oldestFirst)),
    ...oldestFirst.map(noteSection),
  ];
  return `${blocks.join('\n\n')}\n`;
}
