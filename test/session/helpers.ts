import { createSessionStore, manualClock, type SessionConfig } from '../../src/session/index.js';

export const MIN = 60_000;

export function config(overrides: Partial<SessionConfig> = {}): SessionConfig {
  return {
    partners: ['Ana', 'Ben'],
    deck: { id: 'test', title: 'Test deck', solo: false },
    prompts: [{ title: 'What hurt the most?' }, { title: 'What was missing?' }],
    options: { validate: false, empathize: false },
    turnMs: 3 * MIN,
    maxMs: 45 * MIN,
    breakMs: 20 * MIN,
    startedAtIso: '2026-11-24T18:00:00+01:00',
    ...overrides,
  };
}

export function session(overrides: Partial<SessionConfig> = {}) {
  const clock = manualClock(1_000);
  const store = createSessionStore(config(overrides), clock);
  return { clock, store, state: () => store.getState() };
}

/** Both partners agree to the ground rules. */
export function agreeBoth(store: ReturnType<typeof session>['store']) {
  store.dispatch({ type: 'agree', partner: 0 });
  store.dispatch({ type: 'agree', partner: 1 });
}
