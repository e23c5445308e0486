import { describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import type { InterruptedSession } from '../../src/notes/index.js';
import { describeSession, ResumeChoice } from '../../src/ui/setup/ResumeChoice.js';

const session = (overrides: Partial<InterruptedSession> = {}): InterruptedSession => ({
  id: 'x',
  path: '/tmp/x.jsonl',
  ok: true,
  problem: null,
  partners: ['Ana', 'Ben'],
  deck: { id: 'hard-questions', title: 'The hard questions' },
  startedAtIso: '2026-11-24T18:05:00+01:00',
  modifiedMs: 0,
  lockedBy: null,
  dropped: 0,
  ...overrides,
});

describe('an unfinished session', () => {
  it('is described by who, which deck and when', () => {
    expect(describeSession(session())).toMatch(/^Ana & Ben · The hard questions · started /);
    expect(describeSession(session({ dropped: 1 }))).toContain('its last moment could not be read');
    expect(describeSession(session({ lockedBy: 123 }))).toContain('open in another terminal');
  });

  it('says plainly why it cannot be opened, and stays on the choice', async () => {
    const onResume = vi.fn(() => 'This session is open in another terminal: close it there first.');
    const view = render(
      <ResumeChoice
        sessions={[session()]}
        width={80}
        other="new"
        onResume={onResume}
        onOther={() => {}}
      />,
    );
    view.stdin.write('1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(onResume).toHaveBeenCalledTimes(1);
    expect(view.lastFrame()).toContain('This session is open in another terminal');
    expect(view.lastFrame()).toContain('2. Start a new session');
  });
});
