// The frame of every screen: a body too tall for the terminal is a page at a time, and a list's
// footer says its real numbers.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCommands } from '../../../src/ui/commands/index.js';
import { ChoiceList } from '../../../src/ui/components/choice-list/index.js';
import { Screen } from '../../../src/ui/components/Screen.js';
import type { Command } from '../../../src/ui/keys.js';
import { KEY, settle, setupSession, typeKeys, useFakeTime } from '../harness.js';
import { renderAt } from './headless.js';

beforeEach(() => useFakeTime());
afterEach(() => vi.useRealTimers());

const SMALL = { columns: 40, rows: 12 };

/** A screen that declares commands its parts answer (as a list or a text area would). */
function Frame(props: { title: string; commands: Command[]; children: ReactNode }) {
  const commands = useCommands(props.commands.map((command) => ({ command })));
  return (
    <Screen title={props.title} commands={commands}>
      {props.children}
    </Screen>
  );
}
const lines = Array.from({ length: 20 }, (_, i) => `Line ${i + 1}`);

describe('a screen taller than the terminal', () => {
  it('shows a page at a time, says so on its last row, and M turns the pages', async () => {
    const { ui } = setupSession();
    const { view, screen } = await renderAt(
      ui,
      <Frame title="Tall" commands={['continue']}>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Frame>,
      SMALL,
    );
    const first = await screen();
    expect(first.split('\n')[0]).toBe('Tall');
    expect(first).toContain('Line 1\n');
    expect(first).toContain('… more below: press M.');
    expect(first).toContain('M more');
    expect(first).not.toContain('Line 20');
    expect((view.lastFrame() ?? '').split('\n').length).toBeLessThan(SMALL.rows);

    const seen = new Set<string>();
    for (let page = 0; page < 10 && !(await screen()).includes('that is all'); page++) {
      for (const line of lines) if ((await screen()).includes(`${line}\n`)) seen.add(line);
      view.stdin.write('m');
      await settle();
    }
    for (const line of lines) if ((await screen()).includes(`${line}\n`)) seen.add(line);
    expect([...seen].sort()).toEqual([...lines].sort());
    expect(await screen()).toContain('… that is all. M goes back to the top.');
    view.stdin.write('m');
    await settle();
    expect(await screen()).toContain('Line 1\n');
  });

  it('where text is typed, says "PgDn" in whole words at 40 columns, on every page', async () => {
    const { ui } = setupSession();
    const { view, screen } = await renderAt(
      ui,
      <Frame title="Tall" commands={['submit', 'newline']}>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Frame>,
      SMALL,
    );
    expect(await screen()).toContain('… more below: press PgDn.');
    for (let page = 0; page < 10 && !(await screen()).includes('that is all'); page++) {
      view.stdin.write('\u001B[6~');
      await settle();
    }
    // Two rows, broken at a space: no word is cut, and no "…" stands for the rest.
    expect(await screen()).toContain('… that is all. PgDn goes back to the\ntop.');
    expect((view.lastFrame() ?? '').split('\n').length).toBeLessThan(SMALL.rows);
  });

  it('says nothing of pages when the body fits', async () => {
    const { ui } = setupSession();
    const { screen } = await renderAt(
      ui,
      <Frame title="Short" commands={['continue']}>
        <Text>One line</Text>
      </Frame>,
      SMALL,
    );
    expect(await screen()).not.toMatch(/more/);
  });
});

describe('a list of twelve', () => {
  it('is named "1-12" in the footer, and two digits choose the twelfth', async () => {
    const { ui } = setupSession();
    const chosen = vi.fn<(value: number) => void>();
    const { view, screen } = await renderAt(
      ui,
      <Frame title="Twelve" commands={['choose']}>
        <ChoiceList
          choices={Array.from({ length: 12 }, (_, i) => ({ label: `Choice ${i + 1}`, value: i }))}
          rows={8}
          onSelect={chosen}
        />
      </Frame>,
      { columns: 80, rows: 24 },
    );
    expect(await screen()).toContain('↑↓ or 1-12 choose');
    expect(await screen()).toContain('↓ 5 more');
    for (let i = 0; i < 11; i++) view.stdin.write(KEY.down);
    await settle();
    const bottom = await screen();
    expect(bottom).toContain('› 12. Choice 12');
    expect(bottom).toContain('↑ 5 more');
    // A 1 waits for its second digit, and says so: the key is never silently lost.
    await typeKeys(view.stdin, '1');
    expect(await screen()).toContain('1… Enter for 1, or its second digit');
    expect(chosen).not.toHaveBeenCalled();
    await typeKeys(view.stdin, '2');
    expect(chosen).toHaveBeenCalledWith(11);
  });
});
