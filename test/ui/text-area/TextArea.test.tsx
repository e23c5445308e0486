import chalk from 'chalk';
import { useInput } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TextArea, type TextAreaProps } from '../../../src/ui/text-area/TextArea.js';
import { PASTE_IDLE_MS } from '../../../src/ui/text-area/use-text-area-input.js';

const BACKSPACE = '\x7f';
const DELETE = '\x1b[3~';
const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';
const ALT_ENTER = '\x1b\r';
const CTRL_J = '\n';
const ENTER = '\r';

beforeAll(() => {
  // Tests run without a terminal; turn styles on so the inverse cursor shows in frames.
  chalk.level = 1;
});

/**
 * Lets Ink draw: React schedules the render of a key's state update as a task of its own, which can
 * come after the first `setImmediate` queued behind the key.
 */
async function tick(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Renders a text area; `frame()` is what a user sees, with the cursor cell in [brackets] and
 * trailing spaces trimmed.
 */
function setup(props: Partial<TextAreaProps> = {}) {
  const onChange = vi.fn<(text: string, cursor: number) => void>();
  const onSubmit = vi.fn<(text: string) => void>();
  const app = render(
    <TextArea width={20} height={4} onChange={onChange} onSubmit={onSubmit} {...props} />,
  );
  const frame = () =>
    (app.lastFrame() ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[7m([\s\S]*?)\x1b\[27m/g, '[$1]')
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[\d;]*m/g, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n+$/, '');
  /** Sends each key as its own read, the way a person types. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
    }
  };
  const type = (text: string) => press(...Array.from(text));
  return { ...app, frame, press, type, onChange, onSubmit };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('typing', () => {
  it('shows what is typed with the cursor after it', async () => {
    const { frame, type } = setup();
    expect(frame()).toBe('[ ]');
    await type('I heard you');
    expect(frame()).toBe('I heard you[ ]');
  });

  it('reports every change of the text with the whole text and the cursor', async () => {
    const { type, press, onChange } = setup();
    await type('ab');
    await press(LEFT, RIGHT);
    expect(onChange.mock.calls).toEqual([
      ['a', 1],
      ['ab', 2],
    ]);
  });

  it('restores a draft with its cursor', async () => {
    const { frame, type, onChange } = setup({ defaultValue: 'I felt alone', defaultCursor: 7 });
    expect(frame()).toBe('I felt [a]lone');
    expect(onChange).not.toHaveBeenCalled();
    await type('so ');
    expect(frame()).toBe('I felt so [a]lone');
  });

  it('shows the placeholder until something is typed', async () => {
    const { frame, type } = setup({ placeholder: 'What I heard is…' });
    expect(frame()).toBe('[W]hat I heard is…');
    await type('x');
    expect(frame()).toBe('x[ ]');
  });
});

describe('editing keys', () => {
  it('Backspace deletes before the cursor and Delete after it', async () => {
    const { frame, type, press } = setup();
    await type('abcd');
    await press(LEFT, LEFT, BACKSPACE);
    expect(frame()).toBe('a[c]d');
    await press(DELETE);
    expect(frame()).toBe('a[d]');
  });

  it('deletes an emoji, a family and an accented letter as one character', async () => {
    const { frame, press } = setup({ defaultValue: 'a👍👨‍👩‍👧‍👦e\u0301' });
    await press(BACKSPACE);
    expect(frame()).toBe('a👍👨‍👩‍👧‍👦[ ]');
    await press(LEFT, DELETE);
    expect(frame()).toBe('a👍[ ]');
    await press(BACKSPACE);
    expect(frame()).toBe('a[ ]');
  });

  it('moves with the arrows, Home and End', async () => {
    const { frame, press } = setup({ defaultValue: 'first line\nsecond' });
    await press(UP);
    expect(frame()).toBe('first [l]ine\nsecond');
    await press(HOME);
    expect(frame()).toBe('[f]irst line\nsecond');
    await press(END);
    expect(frame()).toBe('first line[ ]\nsecond');
    await press(DOWN);
    expect(frame()).toBe('first line\nsecond[ ]');
  });

  it('inserts a newline on Alt+Enter and Ctrl+J, and submits on Enter', async () => {
    const { frame, type, press, onSubmit } = setup();
    await type('one');
    await press(ALT_ENTER);
    await type('two');
    await press(CTRL_J);
    await type('three');
    expect(frame()).toBe('one\ntwo\nthree[ ]');
    expect(onSubmit).not.toHaveBeenCalled();
    await press(ENTER);
    expect(onSubmit).toHaveBeenCalledWith('one\ntwo\nthree');
  });

  it('moves and deletes by word, and yanks back what was deleted', async () => {
    const { frame, type, press } = setup({ width: 30 });
    await type('you never listen');
    await press('\x1b[1;5D');
    expect(frame()).toBe('you never [l]isten');
    await press('\x1b[1;3D', '\x1b[1;3C');
    expect(frame()).toBe('you never[ ]listen');
    await press(RIGHT, '\x17');
    expect(frame()).toBe('you [l]isten');
    await press('\x15');
    expect(frame()).toBe('[l]isten');
    await press('\x19');
    expect(frame()).toBe('you [l]isten');
  });

  it('leaves Esc, Ctrl+C and Ctrl+P to the rest of the app', async () => {
    const seen: string[] = [];
    function Screen() {
      useInput((input, key) => {
        if (key.ctrl) seen.push(`ctrl+${input}`);
        if (key.escape) seen.push('esc');
      });
      return <TextArea width={20} height={2} defaultValue="ok" />;
    }
    const app = render(<Screen />);
    for (const key of ['\x10', '\x03', '\x1b']) {
      app.stdin.write(key);
      await tick();
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.lastFrame()).toContain('ok');
    expect(app.lastFrame()).not.toContain('okp');
    expect(seen).toEqual(['ctrl+p', 'ctrl+c', 'esc']);
  });
});

describe('pasting', () => {
  it('inserts a paste with \\r inside as lines, without submitting', async () => {
    const { frame, stdin, onSubmit, onChange } = setup();
    stdin.write('line one\rline two\r\nline three');
    await tick();
    expect(frame()).toBe('line one\nline two\nline three[ ]');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('inserts a bracketed paste in one piece even when it arrives in several reads', async () => {
    const { frame, press, onSubmit, onChange } = setup();
    await press('\x1b[200~', 'I felt\r', '\r', 'unheard', '\x1b[201~');
    expect(frame()).toBe('I felt\n\nunheard[ ]');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('I felt\n\nunheard', 15);
  });

  it('inserts a bracketed paste whose end marker never comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { frame, press } = setup();
    await press('\x1b[200~', 'half');
    vi.advanceTimersByTime(PASTE_IDLE_MS - 1);
    await tick();
    expect(frame()).toBe('[ ]');
    vi.advanceTimersByTime(1);
    await tick();
    expect(frame()).toBe('half[ ]');
  });

  it('keeps a paste in progress when the text area goes away', async () => {
    const { stdin, unmount, onChange } = setup();
    stdin.write('\x1b[200~');
    stdin.write('not lost');
    unmount();
    expect(onChange).toHaveBeenLastCalledWith('not lost', 8);
  });
});

describe('wrapping and scrolling', () => {
  it('wraps at word boundaries and counts wide characters as two columns', async () => {
    const { frame } = setup({ width: 11, defaultValue: 'the quick brown fox 世界世界世界' });
    expect(frame()).toBe('the quick\nbrown fox\n世界世界世\n界[ ]');
  });

  it('shows only the rows around the cursor, with what is above and below', async () => {
    const lines = Array.from({ length: 10 }, (_, index) => `line ${index}`).join('\n');
    const { frame, press } = setup({ height: 4, defaultValue: lines });
    expect(frame()).toBe('line 7\nline 8\nline 9[ ]\n↑ 7 more lines');
    await press(UP, UP, UP, UP);
    expect(frame()).toBe('line 5[ ]\nline 6\nline 7\n↑ 5 ↓ 2 more lines');
    await press('\x1b[1;5H');
    expect(frame()).toBe('[l]ine 0\nline 1\nline 2\n↓ 7 more lines');
  });

  it('follows the cursor down through wrapped rows while typing', async () => {
    const { frame, type } = setup({ width: 11, height: 3 });
    await type('one two three four five six seven');
    expect(frame()).toBe('five six\nseven[ ]\n↑ 2 more l…');
  });
});

describe('a text area of one or two rows', () => {
  const lines = Array.from({ length: 6 }, (_, index) => `line ${index}`).join('\n');

  it('keeps its one row for the text: no hint is drawn into it', async () => {
    const { frame, press } = setup({ height: 1, defaultValue: lines });
    expect(frame()).toBe('line 5[ ]');
    await press(UP);
    expect(frame()).toBe('line 4[ ]');
  });

  it('says its scroll beside its label, every row left to the text', async () => {
    const { frame, press } = setup({
      width: 30,
      height: 2,
      label: 'I heard…',
      defaultValue: lines,
    });
    expect(frame()).toBe('I heard…  ↑ 4 more lines\nline 4\nline 5[ ]');
    await press(UP, UP);
    expect(frame()).toBe('I heard…  ↑ 3 ↓ 1 more lines\nline 3[ ]\nline 4');
  });

  it('says only the arrows beside a label too long for the words', async () => {
    const { frame } = setup({
      width: 22,
      height: 1,
      label: 'What I heard is…',
      defaultValue: lines,
    });
    expect(frame()).toBe('What I heard is…  ↑ 5\nline 5[ ]');
  });

  it('keeps a row of its own for the hint from three rows, under its label', async () => {
    const { frame } = setup({ width: 30, height: 3, label: 'I heard…', defaultValue: lines });
    expect(frame()).toBe('I heard…\nline 4\nline 5[ ]\n↑ 4 more lines');
  });
});

describe('a long note', () => {
  it('draws only the rows that fit, however long the text', async () => {
    const text = 'I heard that you felt alone. '.repeat(2_000);
    const { frame, type } = setup({ width: 40, height: 5, defaultValue: text });
    await type('!');
    const lines = frame().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatch(/!\[ \]$/);
    expect(lines[4]).toMatch(/^↑ \d+ more lines$/);
  });
});

describe('focus', () => {
  it('ignores keys and hides the cursor while inactive', async () => {
    const { frame, type, rerender } = setup({ defaultValue: 'draft', isActive: false });
    await type('xyz');
    expect(frame()).toBe('draft');
    rerender(<TextArea width={20} height={4} defaultValue="draft" isActive />);
    await type('!');
    expect(frame()).toBe('draft![ ]');
  });
});
