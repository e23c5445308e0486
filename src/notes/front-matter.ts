// The YAML front matter of a session note: short and flat (plain values a note app shows as
// simple properties), written with the `yaml` library (names are always double-quoted, so no
// name can end the block or read as `yes`/`no`). The record itself is the body: its details are
// read from there (`session-body.ts`), or from the front matter of a format 1 note.
import { formatDuration } from '../session/duration.js';
import { sessionElapsed } from '../session/selectors.js';
import type { SessionState } from '../session/types.js';
import { oneLine } from './markdown-escape.js';
import { readSessionBody } from './session-body.js';
import { parseSessionDetails, sessionDetails, type SessionDetails } from './session-details.js';
import { frontMatterBlock, num, quoted, str, talkturnFields } from './yaml-fields.js';

/** 2: the flat front matter and the body as the record. 1 kept every detail in the front matter. */
export const NOTES_FORMAT_VERSION = 2;

/** Tags a note app shows and can search by: every session note has them. */
export const SESSION_TAGS = ['talkturn', 'talkturn/session'];

export interface SessionFrontMatter {
  /** Format version of the note. */
  talkturn: number;
  /** Notes in the folder are sessions or check-ins; a note without `kind` is a session. */
  kind: 'session';
  /** Start of the session, ISO 8601 with the offset of where it happened. */
  date: string;
  partners: string[];
  deck: string;
  deckTitle: string;
  /** Talking time, pauses excluded: "42m10s". */
  duration: string;
  durationSeconds: number;
  completed: boolean;
  prompts: number;
  turns: number;
  pauses: number;
  /**
   * Agreements, items for therapy, reflections and pauses as data; null for a note saved
   * before talkturn kept them (its body still has them, for people to read).
   */
  details: SessionDetails | null;
}

/** Talking time of the session, pauses excluded, up to its end (or its last event). */
export function talkingMs(state: SessionState): number {
  return sessionElapsed(state, state.endedAt ?? state.lastAt);
}

export function turnCount(state: SessionState): number {
  return state.record.prompts.reduce((sum, prompt) => sum + prompt.turns.length, 0);
}

export function frontMatterData(state: SessionState): SessionFrontMatter {
  const ms = talkingMs(state);
  return {
    talkturn: NOTES_FORMAT_VERSION,
    kind: 'session',
    date: state.config.startedAtIso,
    partners: state.config.partners.map(oneLine),
    deck: state.config.deck.id,
    deckTitle: oneLine(state.config.deck.title),
    duration: formatDuration(ms),
    durationSeconds: Math.round(ms / 1000),
    completed: state.completed,
    prompts: state.record.prompts.length,
    turns: turnCount(state),
    pauses: state.record.pauses.length,
    details: sessionDetails(state),
  };
}

/** `---\n…\n---`: the block that opens a session note. */
export function renderFrontMatter(state: SessionState): string {
  const data = frontMatterData(state);
  return frontMatterBlock({
    talkturn: data.talkturn,
    kind: data.kind,
    date: data.date,
    partners: data.partners.map(quoted),
    deck: quoted(data.deck),
    deck_title: quoted(data.deckTitle),
    duration: data.duration,
    duration_seconds: data.durationSeconds,
    completed: data.completed,
    prompts: data.prompts,
    turns: data.turns,
    pauses: data.pauses,
    tags: SESSION_TAGS.map(quoted),
  });
}

/**
 * The front matter of a session note, or null when the text is not one (no front matter,
 * invalid YAML, no `talkturn` version, another `kind` such as a check-in). Never throws.
 * Fields a person deleted by hand read as empty or zero.
 */
export function parseSessionFrontMatter(
  markdown: string,
  /** The fields, when the caller has read them already. */
  fields = talkturnFields(markdown),
): SessionFrontMatter | null {
  if (!fields || (fields.kind !== undefined && fields.kind !== 'session')) return null;
  const partners = Array.isArray(fields.partners)
    ? fields.partners.map((p) => str(p, String(p)))
    : [];
  return {
    talkturn: num(fields.talkturn),
    kind: 'session',
    date: str(fields.date),
    partners,
    deck: str(fields.deck),
    deckTitle: str(fields.deck_title),
    duration: str(fields.duration),
    durationSeconds: num(fields.duration_seconds),
    completed: fields.completed === true,
    prompts: num(fields.prompts),
    turns: num(fields.turns),
    pauses: num(fields.pauses),
    details:
      num(fields.talkturn) >= 2
        ? readSessionBody(markdown, partners, str(fields.date))
        : parseSessionDetails(fields),
  };
}
