// The table of the talk's steps: it covers every kind of step, its typing agrees with where a
// draft is kept, and a turn goes reflect -> check -> (validate) -> (empathise) as the deck asks.
import { describe, expect, it } from 'vitest';
import {
  draftKeyFor,
  nextInTurn,
  STEPS,
  takesTyping,
  type Step,
  type StepKind,
} from '../../src/session/index.js';
import { config } from './helpers.js';

const turn = { prompt: 0, speaker: 0, attempt: 0 } as const;

// One step of each kind. The type makes the compiler name any kind left out (or made up).
const ONE_OF_EACH: { [K in StepKind]: Extract<Step, { kind: K }> } = {
  'ground-rules': { kind: 'ground-rules' },
  review: { kind: 'review', agreement: 0 },
  speak: { kind: 'speak', ...turn },
  reflect: { kind: 'reflect', ...turn },
  check: { kind: 'check', ...turn },
  validate: { kind: 'validate', ...turn },
  empathize: { kind: 'empathize', ...turn },
  write: { kind: 'write', ...turn },
  mark: { kind: 'mark', ...turn },
  closing: { kind: 'closing', partner: 0, field: 'appreciation' },
  done: { kind: 'done' },
};

describe('the step table', () => {
  it('has every kind of step, and nothing else', () => {
    expect(Object.keys(STEPS).sort()).toEqual(Object.keys(ONE_OF_EACH).sort());
  });

  it('says a step takes typing exactly where its words are kept as a draft', () => {
    for (const step of Object.values(ONE_OF_EACH)) {
      expect(takesTyping(step.kind), step.kind).toBe(draftKeyFor(step) !== null);
    }
    expect(Object.values(ONE_OF_EACH).filter((step) => takesTyping(step.kind))).toHaveLength(5);
  });

  it('orders a turn: reflect, check, then what the deck takes after a yes', () => {
    const kinds = (options: { validate: boolean; empathize: boolean }) => {
      const settings = config({ options });
      const order: string[] = [];
      let step: Step = { kind: 'speak', ...turn };
      while ('speaker' in step && step.speaker === 0 && step.prompt === 0) {
        step = nextInTurn(settings, step);
        order.push(step.kind);
      }
      return order;
    };
    expect(kinds({ validate: false, empathize: false })).toEqual(['reflect', 'check', 'speak']);
    expect(kinds({ validate: true, empathize: false })).toEqual([
      'reflect',
      'check',
      'validate',
      'speak',
    ]);
    expect(kinds({ validate: false, empathize: true })).toEqual([
      'reflect',
      'check',
      'empathize',
      'speak',
    ]);
    expect(kinds({ validate: true, empathize: true })).toEqual([
      'reflect',
      'check',
      'validate',
      'empathize',
      'speak',
    ]);
  });
});
