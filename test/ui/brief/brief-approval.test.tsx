// The brief's approval on screen: every line with who wrote it, a line taken out by a second X,
// the topics put in order with U and D, the numbers shared only when both say so, and each
// partner approving by their own name; Enter alone never approves or shares for anyone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bothShare, type Approval } from '../../../src/export/brief/approval.js';
import type { Brief } from '../../../src/export/brief/model.js';
import { sampleBrief } from './brief-fixture.js';
import { BriefApproval } from '../../../src/ui/brief/BriefApproval.js';
import { KEY, renderWith, settle, setupSession, useFakeTime } from '../harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

function open(brief: Brief) {
  const done: (Approval | null)[] = [];
  const view = renderWith(
    setupSession().ui,
    <BriefApproval brief={brief} onDone={(a) => done.push(a)} />,
  );
  const press = async (keys: string) => {
    view.stdin.write(keys);
    await settle();
  };
  return { view, done, press, frame: () => view.lastFrame() ?? '' };
}

describe('approving the brief on screen', () => {
  it('shows every line with who wrote it, and the keys', async () => {
    const { frame } = open(sampleBrief());
    await settle();
    expect(frame()).toContain('Your brief');
    expect(frame()).toContain('Topic 1, Ana: Why I still check.');
    expect(frame()).toContain('Topic 2, Ben: My shame.');
    expect(frame()).toContain('Agreement, Ben: Weekly walk.');
    expect(frame()).toMatch(/X take out/);
    expect(frame()).toMatch(/U\/D (topic up or down|order)/);
  });

  it('takes a line out only at the second X, and puts it back with one', async () => {
    const { frame, press, done } = open(sampleBrief(false));
    await settle();
    await press(KEY.down);
    await press('x');
    expect(frame()).toContain("Take out Ben's line? Press X again.");
    expect(frame()).not.toContain('(taken out)');
    await press('x');
    expect(frame()).toContain('Topic 2 (taken out), Ben: My shame.');
    await press('x');
    expect(frame()).not.toContain('(taken out)');
    await press('x');
    await press('x');
    // On to the approval: each approves by name.
    await press(KEY.enter);
    expect(frame()).toContain('Approve the brief');
    await press('1');
    await press('2');
    expect(done).toHaveLength(1);
    expect(done[0]?.removed).toEqual(['reflection:1', 'topic:2']);
  });

  it('offers a reflection left out, brought in with one X', async () => {
    const { frame, press, done } = open(sampleBrief(false));
    await settle();
    expect(frame()).toContain('Reflection (left out), Ben, reflecting Ana: You felt alone.');
    for (let i = 0; i < 4; i++) await press(KEY.down);
    expect(frame()).toContain('Left out unless you bring it: X brings it.');
    await press('x');
    expect(frame()).not.toContain('(left out)');
    await press(KEY.enter);
    await press('1');
    await press('2');
    expect(done[0]?.removed).toEqual([]);
  });

  it('puts the topics in the couple’s order with U and D', async () => {
    const { frame, press, done } = open(sampleBrief(false));
    await settle();
    await press(KEY.down);
    await press('u');
    expect(frame()).toContain('Topic 1, Ben: My shame.');
    expect(frame()).toContain('Topic 2, Ana: Why I still check.');
    // The highlight follows the topic moved: D takes it back down.
    await press('d');
    expect(frame()).toContain('Topic 1, Ana: Why I still check.');
    await press('u');
    await press(KEY.enter);
    await press('1');
    await press('2');
    expect(done[0]?.topicOrder).toEqual(['topic:2', 'topic:1']);
  });

  it('never approves at Enter alone: each partner chooses their own name', async () => {
    const { frame, press, done } = open(sampleBrief(false));
    await settle();
    await press(KEY.enter);
    await press(KEY.enter);
    await press(KEY.enter);
    expect(done).toEqual([]);
    expect(frame()).toContain('Each of you, choose your own name: press its number.');
    await press('2');
    expect(frame()).toContain('Ben approves ✓');
    await press(KEY.enter);
    expect(done).toEqual([]);
    await press('1');
    expect(done).toHaveLength(1);
    expect(done[0]?.approved).toEqual([true, true]);
  });

  it('shares the numbers only when both agree; Enter alone leaves them out', async () => {
    const first = open(sampleBrief());
    await settle();
    await first.press(KEY.enter);
    expect(first.frame()).toContain('Check-in numbers');
    await first.press(KEY.enter);
    expect(first.frame()).toContain('Approve the brief');
    // A new list: nothing chosen on it, whatever was highlighted on the one before.
    expect(first.frame()).not.toContain('›');
    await first.press('1');
    await first.press('2');
    expect(bothShare(first.done[0]!)).toBe(false);

    const second = open(sampleBrief());
    await settle();
    await second.press(KEY.enter);
    await second.press('1');
    expect(second.frame()).toContain('Ana agrees to share ✓');
    await second.press('2');
    await second.press('1');
    await second.press('2');
    expect(bothShare(second.done[0]!)).toBe(true);
  });

  it('Esc goes back to the lines; Ctrl+C leaves and approves nothing', async () => {
    const { frame, press, done } = open(sampleBrief(false));
    await settle();
    await press(KEY.enter);
    await press('1');
    await press(KEY.esc);
    expect(frame()).toContain('Your brief');
    await press(KEY.ctrlC);
    expect(done).toEqual([null]);
  });
});
