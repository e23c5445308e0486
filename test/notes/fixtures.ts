// Hand-built session states for the notes tests: no engine involved, every field on purpose.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  CheckAnswer,
  Exchange,
  Partner,
  PauseRecord,
  PromptRecord,
  SessionConfig,
  SessionState,
  TurnRecord,
} from '../../src/session/types.js';

export const MIN = 60_000;

export function config(overrides: Partial<SessionConfig> = {}): SessionConfig {
  return {
    partners: ['Ana', 'Ben'],
    deck: { id: 'trust-basics', title: 'Trust basics', solo: false },
    prompts: [{ title: 'What hurt the most?' }, { title: 'What was missing?' }],
    options: { validate: true, empathize: true },
    turnMs: 3 * MIN,
    maxMs: 45 * MIN,
    breakMs: 20 * MIN,
    startedAtIso: '2026-11-24T18:05:00+01:00',
    ...overrides,
  };
}

export function exchange(reflection: string, answer?: CheckAnswer, missing?: string): Exchange {
  return {
    spokeMs: 2 * MIN,
    reflection,
    ...(answer ? { answer } : {}),
    ...(missing ? { missing } : {}),
  };
}

export function turn(
  speaker: Partner,
  exchanges: Exchange[],
  extra: Partial<TurnRecord> = {},
): TurnRecord {
  return {
    speaker,
    exchanges,
    spokeMs: exchanges.reduce((sum, x) => sum + x.spokeMs, 0),
    ...extra,
  };
}

export function pause(by: Partner | null, atMin: number, forMin: number): PauseRecord {
  return { by, atSessionMs: atMin * MIN, durationMs: forMin * MIN, during: 'reflect' };
}

/** Two prompts (the second skipped), two turns, two pauses, a full closing: completed. */
export function completedState(overrides: Partial<SessionState> = {}): SessionState {
  const cfg = overrides.config ?? config();
  const prompts: PromptRecord[] = [
    {
      index: 0,
      title: 'What hurt the most?',
      skipped: false,
      turns: [
        turn(
          0,
          [
            exchange('You felt alone that winter.', 'partly', 'It was also the lying.'),
            exchange('You felt alone, and the lying hurt more than the rest.', 'yes'),
          ],
          {
            validation: 'That makes sense, because I was not there.',
            empathy: 'I imagine you felt scared.',
          },
        ),
        turn(1, [exchange('You are ashamed and want to make it right.', 'yes')], {
          validation: 'That makes sense.',
          empathy: 'I imagine you feel tired.',
        }),
      ],
    },
    { index: 1, title: 'What was missing?', skipped: true, turns: [] },
  ];
  const startedAt = 1_000;
  const pausedMs = 7 * MIN;
  return {
    config: cfg,
    step: { kind: 'done' },
    agreed: [true, true],
    timer: null,
    pause: null,
    startedAt,
    pausedMs,
    lastAt: startedAt + 40 * MIN,
    endedAt: startedAt + 40 * MIN,
    completed: true,
    pendingSpokeMs: 0,
    record: {
      reviews: [],
      prompts,
      pauses: [pause(0, 12, 5), pause(null, 30, 2)],
      closing: [
        { appreciation: 'You listened.', agreement: 'Text when late.', therapy: 'The winter.' },
        { appreciation: 'You stayed.', agreement: 'Weekly walk.', therapy: 'My shame.' },
      ],
    },
    ...overrides,
  };
}

/** The same state with every text a person typed replaced by `text`. */
export function withAllTexts(state: SessionState, text: string): SessionState {
  return {
    ...state,
    record: {
      ...state.record,
      prompts: state.record.prompts.map((p) => ({
        ...p,
        turns: p.turns.map((t) => ({
          ...t,
          exchanges: t.exchanges.map((x) => ({
            ...x,
            reflection: text,
            ...(x.missing !== undefined ? { missing: text } : {}),
          })),
          ...(t.validation !== undefined ? { validation: text } : {}),
          ...(t.empathy !== undefined ? { empathy: text } : {}),
          ...(t.writing !== undefined ? { writing: text } : {}),
        })),
      })),
      closing: state.record.closing.map(() => ({
        appreciation: text,
        agreement: text,
        therapy: text,
      })),
    },
  };
}

/** How many typed texts `withAllTexts` fills in the completed state. */
export const TEXTS_IN_COMPLETED_STATE = 8 + 6; // 8 in the turns, 6 in the closing

export function tempDir(prefix = 'talkturn-notes-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}
