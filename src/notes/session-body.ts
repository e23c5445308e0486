// The details of a session read back from its body (notes format 2): the body is the record, so
// a word fixed in a note app shows in the next history and export. Only the markers
// (`body-markers.ts`) and the quotes after them are read, never the words around them, so a
// note reads the same whatever language it was written in.
import type { CheckAnswer } from '../session/types.js';
import { findMarkers, headingText, quoteAt, type FoundMarker } from './body-markers.js';
import type { NoteText, ReviewNoteStatus, SessionDetails } from './session-details.js';
import { bodyOf } from './yaml-fields.js';

const ANSWERS: readonly CheckAnswer[] = ['yes', 'partly', 'not-quite'];
const STATUSES: readonly ReviewNoteStatus[] = ['helping', 'needs-change', 'retired', 'later'];

const count = (value: string | undefined): number => {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : 0;
};

/** Partner names by number, as the notes' other readers name them. */
function namer(partners: readonly string[]) {
  return (by: string | undefined): string | null => {
    const n = count(by);
    if (n < 1) return null;
    return partners[n - 1] || `Partner ${n}`;
  };
}

/** The text under a marker: the quote on the next line (or the same line's next lines). */
function textAfter(lines: readonly string[], found: FoundMarker): string {
  return quoteAt(lines, found.line + 1);
}

export function readSessionBody(
  markdown: string,
  partners: readonly string[],
  dateIso: string,
): SessionDetails {
  const lines = bodyOf(markdown).replace(/\r\n?/g, '\n').split('\n');
  const nameOf = namer(partners);
  const details: SessionDetails = {
    agreements: [],
    reviews: [],
    therapy: [],
    appreciations: [],
    promptTitles: [],
    skippedPrompts: [],
    broughtPrompts: [],
    reflections: [],
    pauseLog: [],
    pausedSeconds: 0,
  };
  const closing = (found: FoundMarker, into: NoteText[]) => {
    const by = nameOf(found.fields.by);
    const text = textAfter(lines, found);
    if (by !== null && text) into.push({ by, text });
  };
  for (const found of findMarkers(lines)) {
    const { fields } = found;
    switch (found.kind) {
      case 'prompt': {
        const n = count(fields.n);
        if (n < 1) break;
        details.promptTitles[n - 1] = headingText(lines[found.line + 1] ?? '');
        if (fields.skipped) details.skippedPrompts.push(n);
        break;
      }
      case 'reflection': {
        const speaker = count(fields.by);
        details.reflections.push({
          prompt: count(fields.prompt),
          turn: count(fields.turn),
          speaker: nameOf(String(speaker)) ?? '',
          listener: nameOf(String(speaker === 1 ? 2 : 1)) ?? '',
          text: textAfter(lines, found),
          answer: ANSWERS.find((a) => a === fields.answer) ?? null,
          missing: '',
        });
        break;
      }
      case 'missing': {
        const last = details.reflections.at(-1);
        if (last) last.missing = textAfter(lines, found);
        break;
      }
      case 'writing': {
        const n = count(fields.prompt);
        if (fields.brought && n > 0 && !details.broughtPrompts.includes(n)) {
          details.broughtPrompts.push(n);
        }
        break;
      }
      case 'agreement': {
        const by = count(fields.by);
        const text = textAfter(lines, found);
        if (by > 0 && text) {
          details.agreements.push({ id: `${dateIso}#${by}`, by: nameOf(String(by)) ?? '', text });
        }
        break;
      }
      case 'therapy':
        closing(found, details.therapy);
        break;
      case 'appreciation':
        closing(found, details.appreciations);
        break;
      case 'review': {
        const status = STATUSES.find((s) => s === fields.status);
        if (fields.id && status) details.reviews.push({ id: fields.id, status });
        break;
      }
      case 'pause':
        details.pauseLog.push({
          by: nameOf(fields.by),
          atSeconds: count(fields.at),
          seconds: count(fields.seconds),
          during: fields.during ?? '',
        });
        break;
      case 'pauses':
        details.pausedSeconds = count(fields.seconds);
        break;
      default:
        // A marker from a newer talkturn: not ours to read yet.
        break;
    }
  }
  // A prompt a person deleted from the middle leaves no hole.
  details.promptTitles = Array.from(details.promptTitles, (title) => title ?? '');
  return details;
}
