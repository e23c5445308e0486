// A notes folder filled by the program's own writers: sessions through `saveSession` from
// hand-built states, check-ins through `saveCheckin`.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { saveCheckin, saveSession, type Checkin } from '../../src/notes/index.js';
import type { SessionState } from '../../src/session/types.js';
import { completedState, config, MIN, tempDir } from './fixtures.js';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An empty temp folder, removed after the test; `notes` inside it does not exist yet. */
export function workDir(): { root: string; notes: string } {
  const root = tempDir('talkturn-history-');
  made.push(root);
  return { root, notes: path.join(root, 'notes') };
}

export interface SessionSpec {
  at: string;
  deck?: { id: string; title: string };
  partners?: [string] | [string, string];
  agreements?: [string, string] | [string];
  therapy?: [string, string] | [string];
  completed?: boolean;
  /** Talking time, pauses excluded. */
  minutes?: number;
}

/** The completed fixture session, moved to `at`, with its own agreements. */
export function sessionAt(spec: SessionSpec): SessionState {
  const base = completedState();
  const partners = spec.partners ?? ['Ana', 'Ben'];
  const deck = spec.deck ?? { id: 'trust-basics', title: 'Trust basics' };
  const minutes = spec.minutes ?? 33;
  const agreements = spec.agreements ?? ['Text when late.', 'Weekly walk.'];
  const therapy = spec.therapy ?? ['The winter.', 'My shame.'];
  return {
    ...base,
    config: config({ startedAtIso: spec.at, partners, deck: { ...deck, solo: false } }),
    completed: spec.completed ?? true,
    endedAt: base.startedAt + base.pausedMs + minutes * MIN,
    lastAt: base.startedAt + base.pausedMs + minutes * MIN,
    record: {
      ...base.record,
      closing: partners.map((_, i) => ({
        appreciation: 'Thank you.',
        agreement: agreements[i] ?? '',
        therapy: therapy[i] ?? '',
      })),
    },
  };
}

export function checkinAt(
  at: string,
  numbers: (number | null)[],
  partners: [string] | [string, string] = ['Ana', 'Ben'],
): Checkin {
  return {
    partners,
    dateIso: at,
    answers: partners.map((_, i) => ({
      safeAndClose: numbers[i] ?? null,
      appreciated: 'The tea you made.',
      stirred: 'A song on the radio.',
      need: 'A hug before bed.',
    })),
  };
}

export function saveSessions(dir: string, specs: SessionSpec[]): string[] {
  return specs.map((spec) => saveSession({ state: sessionAt(spec), notesDir: dir }).path);
}

export function saveCheckins(dir: string, checkins: Checkin[]): string[] {
  return checkins.map((checkin) => saveCheckin({ checkin, notesDir: dir }).path);
}

export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, sinks: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}
