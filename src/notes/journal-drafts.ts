// The text being typed in each field, as the journal records it: the first text of a field whole
// (a snapshot), then each change as one edit (where, how much was deleted, what was inserted),
// numbered in a chain per field. A key press writes its change, never the whole field, so the
// bytes per key stay the same at 50 characters or 50,000.
//
// Writing: `DraftLedger` holds the latest text of each field (the very string the text area
// handed over, not a copy: the journal is where the session keeps it) and turns each new text
// into the record to append. Reading: `DraftReplay` applies the records in order. An edit that
// does not follow its field's last good record (a line dropped before it, a length that does not
// match) stops that field at its last good text until its next snapshot: never a guess.
import { inertText } from '../text/inert.js';
import type { Draft, DraftRecord, DropRecord, EditRecord } from './journal-format.js';

/** One change to a text: `del` characters at `pos` replaced by `ins` (UTF-16 positions). */
export interface TextEdit {
  pos: number;
  del: number;
  ins: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The one edit that turns `before` into `after`: what lies between their common start and their
 * common end. O(n) per key press, but only the change is written. It is computed here, from the
 * text before (which the journal holds anyway) and the text after (which the text area hands
 * over), rather than named by the text area itself: a diff of two strings is right whatever
 * made the change (a paste, a word deleted, a field filled in by a screen), where edits named
 * by each caller would be one more thing to keep in step.
 */
export function diffText(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never between the two halves of a surrogate pair (an emoji): the edit holds whole characters.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  const room = shorter - start;
  while (
    end < room &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    pos: start,
    del: before.length - end - start,
    ins: after.slice(start, after.length - end),
  };
}

/** `text` with `edit` applied, or null when the edit does not fit it. */
export function applyEdit(text: string, edit: TextEdit): string | null {
  const { pos, del, ins } = edit;
  if (pos < 0 || del < 0 || pos + del > text.length) return null;
  return text.slice(0, pos) + ins + text.slice(pos + del);
}

/** A field's latest text, and the number of its last record in the field's chain. */
interface Field extends Draft {
  n: number;
}

const snapshotOf = (key: string, field: Field): DraftRecord => ({
  t: 'draft',
  key,
  text: field.text,
  cursor: field.cursor,
  at: field.at,
  n: field.n,
});

/** The writer's side: the latest text of each field, and the record each change needs. */
export class DraftLedger {
  /** Oldest change first (each change moves its field to the end). */
  private readonly fields = new Map<string, Field>();

  constructor(restored: ReadonlyMap<string, Draft> = new Map()) {
    // A resumed journal is rewritten whole before anything is appended: its chains start again.
    for (const [key, draft] of restored) this.fields.set(key, { ...draft, n: 0 });
  }

  get(key: string): Draft | undefined {
    return this.fields.get(key);
  }

  /** The latest time of any change held. */
  latestAt(): number {
    let latest = -Infinity;
    for (const field of this.fields.values()) latest = Math.max(latest, field.at);
    return latest;
  }

  /** Takes the field's new text; returns the record to append, or null when nothing changed. */
  change(key: string, text: string, cursor: number, at: number): DraftRecord | EditRecord | null {
    const before = this.fields.get(key);
    if (before && before.text === text && before.cursor === cursor) return null;
    const field: Field = { text, cursor, at, n: before ? before.n + 1 : 0 };
    this.fields.delete(key);
    this.fields.set(key, field);
    if (!before) return snapshotOf(key, field);
    const edit = diffText(before.text, text);
    // A change as long as the field (a paste over all of it): the text whole says it as well.
    if (edit.ins.length > 0 && edit.ins.length >= text.length) return snapshotOf(key, field);
    const record: EditRecord = {
      t: 'edit',
      key,
      n: field.n,
      len: before.text.length,
      pos: edit.pos,
      ...(edit.del > 0 ? { del: edit.del } : {}),
      ins: edit.ins,
      // Left out where typing leaves it: just after what was inserted.
      ...(cursor !== edit.pos + edit.ins.length ? { cursor } : {}),
      at,
    };
    return record;
  }

  /** The field was submitted: its draft is let go. The record to append, or null. */
  drop(key: string): DropRecord | null {
    if (!this.fields.delete(key)) return null;
    return { t: 'drop', key };
  }

  /** Every field whole, oldest change first: what a rewrite of the journal holds. */
  snapshots(): DraftRecord[] {
    return [...this.fields].map(([key, field]) => snapshotOf(key, field));
  }
}

/** The reader's side: the records of a journal applied in order. */
export class DraftReplay {
  private readonly fields = new Map<string, Field>();
  /** Fields whose chain broke: their edits wait for a snapshot. */
  private readonly stopped = new Set<string>();

  snapshot(record: DraftRecord): void {
    this.fields.delete(record.key);
    this.fields.set(record.key, {
      text: record.text,
      cursor: record.cursor,
      at: record.at,
      // A version 1 journal numbers nothing: each of its drafts is a snapshot.
      n: record.n ?? 0,
    });
    this.stopped.delete(record.key);
  }

  /** Applies an edit; false when it cannot follow what came before (then the field stops). */
  edit(record: EditRecord): boolean {
    const field = this.fields.get(record.key);
    const text =
      field && !this.stopped.has(record.key) && record.n === field.n + 1
        ? record.len === field.text.length
          ? applyEdit(field.text, { pos: record.pos, del: record.del ?? 0, ins: record.ins })
          : null
        : null;
    if (text === null) {
      this.stopped.add(record.key);
      return false;
    }
    this.fields.delete(record.key);
    this.fields.set(record.key, {
      text,
      cursor: record.cursor ?? record.pos + record.ins.length,
      at: record.at,
      n: record.n,
    });
    return true;
  }

  drop(key: string): void {
    this.fields.delete(key);
    this.stopped.delete(key);
  }

  /** The latest text of each field, oldest change first, made inert (it is drawn on screen). */
  drafts(): Map<string, Draft> {
    const drafts = new Map<string, Draft>();
    for (const [key, field] of this.fields) {
      const text = inertText(field.text);
      const cursor = Math.min(Math.max(0, Math.round(field.cursor)), text.length);
      drafts.set(key, { text, cursor, at: field.at });
    }
    return drafts;
  }
}
