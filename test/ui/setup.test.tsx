import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../src/decks/index.js';
import { LayoutContext, layoutFor } from '../../src/ui/layout.js';
import { Setup, type SetupResult } from '../../src/ui/setup/Setup.js';
import { KEY, settle as tick, typeKeys as type, useFakeTime } from './harness.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const deck = (overrides: Partial<Deck> = {}): Deck => ({
  id: 'hard-questions',
  title: 'The hard questions',
  summary: 'Why it happened.',
  practice: 'hard-questions',
  turnMs: 240_000,
  solo: false,
  options: { validate: false, empathize: false },
  prompts: [{ title: 'Why?', floor: 'repairing' }, { title: 'What hurt?' }],
  source: 'built-in',
  path: '/x.md',
  ...overrides,
});

function renderSetup(props: Partial<Parameters<typeof Setup>[0]> = {}) {
  const onDone = vi.fn<(result: SetupResult) => void>();
  const view = render(
    <Setup
      width={80}
      showSafety={false}
      rememberedNames={[]}
      decks={[
        deck(),
        deck({ id: 'first-time', title: 'A gentle first time', prompts: [{ title: 'Hi' }] }),
      ]}
      askTurn
      onDone={onDone}
      {...props}
    />,
  );
  return { view, onDone };
}

describe('the guided set-up', () => {
  it('asks the deck, both names, who is repairing trust (optional) and the turn length', async () => {
    const { view, onDone } = renderSetup();
    await tick();
    expect(view.lastFrame()).toContain('What would you like to talk about?');
    view.stdin.write('1');
    await tick();
    expect(view.lastFrame()).toContain('The first partner: what is your name?');
    await type(view.stdin, 'Ana');
    view.stdin.write(KEY.enter);
    await tick();
    await type(view.stdin, 'ana');
    view.stdin.write(KEY.enter);
    await tick();
    expect(view.lastFrame()).toContain('Ana is already taken');
    await type(view.stdin, '\u007F\u007F\u007FBen');
    view.stdin.write(KEY.enter);
    await tick();
    expect(view.lastFrame()).toContain('One gentle question');
    view.stdin.write('3');
    await tick();
    expect(view.lastFrame()).toContain('How long is each turn?');
    expect(view.lastFrame()).toContain('4m (suggested for this deck)');
    view.stdin.write(KEY.enter);
    await tick();
    expect(onDone).toHaveBeenCalledWith({
      names: ['Ana', 'Ben'],
      deck: expect.objectContaining({ id: 'hard-questions' }),
      turnMs: 240_000,
      repairing: undefined,
    });
  });

  it('goes back one question with Esc', async () => {
    const { view } = renderSetup({ names: ['Ana', 'Ben'] });
    await tick();
    view.stdin.write('1');
    await tick();
    expect(view.lastFrame()).toContain('One gentle question');
    view.stdin.write('1');
    await tick();
    expect(view.lastFrame()).toContain('How long is each turn?');
    view.stdin.write(KEY.esc);
    await tick();
    await tick();
    expect(view.lastFrame()).toContain('One gentle question');
    view.stdin.write(KEY.esc);
    await tick();
    await tick();
    expect(view.lastFrame()).toContain('What would you like to talk about?');
  });

  it('asks only what the command line left out, and one name for a solo deck', async () => {
    const solo = deck({ id: 'start-where-you-are', title: 'Start where you are', solo: true });
    const { view, onDone } = renderSetup({ deck: solo, askTurn: false, rememberedNames: ['Sam'] });
    await tick();
    expect(view.lastFrame()).toContain('What is your name?');
    expect(view.lastFrame()).toContain('Sam');
    view.stdin.write(KEY.enter);
    await tick();
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ names: ['Sam'], turnMs: 240_000 }),
    );
  });

  it('shows the first-run notice on what talkturn is not', async () => {
    const { view } = renderSetup({ showSafety: true });
    await tick();
    expect(view.lastFrame()).toContain('It is not therapy');
    expect(view.lastFrame()).toContain('afraid, threatened');
    expect(view.lastFrame()).toContain('1-800-799-7233');
    view.stdin.write(KEY.enter);
    await tick();
    expect(view.lastFrame()).toContain('What would you like to talk about?');
  });
});

describe('one gentle question', () => {
  it.each([
    [80, 24],
    [40, 12],
  ])('at %ix%i, shows all three choices and Enter alone names nobody', async (columns, rows) => {
    const onDone = vi.fn<(result: SetupResult) => void>();
    const view = render(
      <LayoutContext.Provider value={layoutFor(columns, rows)}>
        <Setup
          width={layoutFor(columns, rows).width}
          showSafety={false}
          rememberedNames={[]}
          names={['Ana', 'Ben']}
          deck={deck()}
          decks={[deck()]}
          turnMs={180_000}
          askTurn={false}
          onDone={onDone}
        />
      </LayoutContext.Provider>,
    );
    await tick();
    const frame = view.lastFrame() ?? '';
    expect(frame).toContain('One gentle question');
    expect(frame).toContain('1. Ana is repairing trust');
    expect(frame).toContain('2. Ben is repairing trust');
    expect(frame).toContain('› 3. We would rather not say');
    expect(frame.split('\n').length).toBeLessThan(rows);
    view.stdin.write(KEY.enter);
    await tick();
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ repairing: undefined }));
  });
});
