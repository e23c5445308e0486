// The guided set-up offers the language once, in both languages, and remembers the choice.
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../src/decks/index.js';
import { Setup, type SetupResult } from '../../src/ui/setup/Setup.js';
import { language, region, setLanguage, type Language } from '../../src/words/index.js';
import { KEY, settle as tick, useFakeTime } from './harness.js';

beforeEach(() => useFakeTime());
afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
});

const deck = (title: string): Deck => ({
  id: 'first-time',
  title,
  summary: '',
  practice: 'start-where-you-are',
  turnMs: 120_000,
  solo: false,
  options: { validate: false, empathize: false },
  prompts: [{ title: '?' }],
  source: 'built-in',
  path: '/x.md',
});

function renderSetup(showSafety = true) {
  const onChoose = vi.fn<(language: Language) => void>();
  const view = render(
    <Setup
      width={80}
      showSafety={showSafety}
      rememberedNames={[]}
      decks={[deck('A gentle first talk')]}
      askTurn={false}
      onDone={vi.fn<(result: SetupResult) => void>()}
      languages={{
        decks: { en: [deck('A gentle first talk')], es: [deck('Una primera charla tranquila')] },
        onChoose,
      }}
    />,
  );
  return { view, onChoose };
}

describe('choosing the language in the guided set-up', () => {
  it('asks in both languages after the notice, and Enter keeps the language found', async () => {
    setLanguage('es', 'MX');
    const { view, onChoose } = renderSetup();
    await tick();
    expect(view.lastFrame()).toContain('800 911 2000');
    view.stdin.write(KEY.enter);
    await tick();
    const frame = view.lastFrame() ?? '';
    expect(frame).toContain('Language · Idioma');
    expect(frame).toContain('Which language would you like?');
    expect(frame).toContain('¿En qué idioma hablamos?');
    expect(frame).toContain('English');
    expect(frame).toContain('Español');
    view.stdin.write(KEY.enter);
    await tick();
    expect(onChoose).toHaveBeenCalledWith('es');
    expect([language(), region()]).toEqual(['es', 'MX']);
    // The notice was read in Spanish already: on to the decks, in Spanish.
    expect(view.lastFrame()).toContain('Una primera charla tranquila');
  });

  it('shows the notice again in the language chosen, then the decks in it', async () => {
    setLanguage('en', 'ES');
    const { view, onChoose } = renderSetup();
    await tick();
    expect(view.lastFrame()).toContain('It is not for a relationship');
    view.stdin.write(KEY.enter);
    await tick();
    view.stdin.write('2');
    await tick();
    expect(onChoose).toHaveBeenCalledWith('es');
    expect(language()).toBe('es');
    expect(view.lastFrame()).toContain('No es para una relación');
    expect(view.lastFrame()).toContain('016');
    view.stdin.write(KEY.enter);
    await tick();
    expect(view.lastFrame()).toContain('Una primera charla tranquila');
    expect(view.lastFrame()).not.toContain('Language · Idioma');
  });

  it('after the notice was read on an earlier day, goes from the language to the decks', async () => {
    const { view } = renderSetup(false);
    await tick();
    expect(view.lastFrame()).toContain('Language · Idioma');
    view.stdin.write('1');
    await tick();
    expect(view.lastFrame()).toContain('A gentle first talk');
  });
});
