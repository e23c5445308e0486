// The YAML front matter of a session note: written with the `yaml` library (names are always
// double-quoted, so no name can end the block or read as `yes`/`no`), and read back for the
// history and the export.
import { Document, Scalar, parse } from 'yaml';
import { formatDuration } from '../session/duration.js';
import { sessionElapsed } from '../session/selectors.js';
import type { SessionState } from '../session/types.js';
import { oneLine } from './markdown-escape.js';

export const NOTES_FORMAT_VERSION = 1;

export interface SessionFrontMatter {
  /** Format version of the note. */
  talkturn: number;
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
}

/** Talking time of the session, pauses excluded, up to its end (or its last event). */
export function talkingMs(state: SessionState): number {
  return sessionElapsed(state, state.endedAt ?? state.lastAt);
}

export function turnCount(state: SessionState): number {
  return state.record.prompts.reduce((sum, prompt) => sum + prompt.turns.length, 0);
}

function quoted(value: string): Scalar<string> {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

export function frontMatterData(state: SessionState): SessionFrontMatter {
  const ms = talkingMs(state);
  return {
    talkturn: NOTES_FORMAT_VERSION,
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
  };
}

/** `---\n…\n---`: the block that opens a session note. */
export function renderFrontMatter(state: SessionState): string {
  const data = frontMatterData(state);
  const doc = new Document({
    talkturn: data.talkturn,
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
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---`;
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : fallback;
const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/**
 * The front matter of a session note, or null when the text is not one (no front matter,
 * invalid YAML, no `talkturn` version). Never throws. Fields a person deleted by hand read as
 * empty or zero.
 */
export function parseSessionFrontMatter(markdown: string): SessionFrontMatter | null {
  const block = BLOCK.exec(markdown);
  if (!block) return null;
  let data: unknown;
  try {
    data = parse(block[1] ?? '');
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const fields = data as Record<string, unknown>;
  if (typeof fields.talkturn !== 'number') return null;
  return {
    talkturn: fields.talkturn,
    date: str(fields.date),
    partners: Array.isArray(fields.partners) ? fields.partners.map((p) => str(p, String(p))) : [],
    deck: str(fields.deck),
    deckTitle: str(fields.deck_title),
    duration: str(fields.duration),
    durationSeconds: num(fields.duration_seconds),
    completed: fields.completed === true,
    prompts: num(fields.prompts),
    turns: num(fields.turns),
    pauses: num(fields.pauses),
  };
}
