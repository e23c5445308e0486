import { describe, expect, it } from 'vitest';
import {
  createTextBuffer,
  reduceTextBuffer,
  type TextBufferAction,
  type TextBufferState,
} from '../../../src/ui/text-area/buffer.js';

const FAMILY = '👨‍👩‍👧‍👦';
const E_ACUTE = 'e\u0301';
const FLAG = '🇫🇷';

/** Applies actions in order. */
function run(state: TextBufferState, ...actions: TextBufferAction[]): TextBufferState {
  return actions.reduce(reduceTextBuffer, state);
}

/** Text with `|` marking the cursor, to read expectations at a glance. */
function show({ text, cursor }: TextBufferState): string {
  return `${text.slice(0, cursor)}|${text.slice(cursor)}`;
}

/** A buffer from text where `|` marks the cursor. */
function at(marked: string): TextBufferState {
  const cursor = marked.indexOf('|');
  return createTextBuffer(marked.replace('|', ''), cursor);
}

describe('insert', () => {
  it('types at the cursor', () => {
    expect(show(run(at('|'), { type: 'insert', text: 'h' }, { type: 'insert', text: 'i' }))).toBe(
      'hi|',
    );
    expect(show(run(at('ac|'), { type: 'left' }, { type: 'insert', text: 'b' }))).toBe('ab|c');
  });

  it('inserts a pasted chunk whole, with every kind of line break made \\n', () => {
    const pasted = run(at('>|<'), { type: 'insert', text: 'one\rtwo\r\nthree\nfour' });
    expect(show(pasted)).toBe('>one\ntwo\nthree\nfour|<');
  });

  it('drops control characters and escape sequences', () => {
    const pasted = run(at('|'), {
      type: 'insert',
      text: 'a\x00b\x07c\x1b[31mred\x1b[0m\x1b]8;;http://x\x07link\x1b]8;;\x07\x7fd\x9b31me',
    });
    expect(pasted.text).toBe('abcredlinkde');
  });

  it('keeps the text after an unterminated escape string', () => {
    expect(run(at('|'), { type: 'insert', text: 'a\x1b]never ends' }).text).toBe('anever ends');
  });

  it('expands tabs to the next stop of 4 columns', () => {
    expect(run(at('ab|'), { type: 'insert', text: '\tc\n\td' }).text).toBe('ab  c\n    d');
    expect(run(at('世|'), { type: 'insert', text: '\t.' }).text).toBe('世  .');
  });

  it('ignores input that is only control characters', () => {
    const state = at('x|');
    expect(run(state, { type: 'insert', text: '\x03\x10' })).toBe(state);
  });

  it('keeps the cursor on a boundary when a letter joins a combining mark after it', () => {
    const state = run(at('a\n|\u0301'), { type: 'backspace' });
    expect(state.text).toBe('a\u0301');
    expect([0, 2]).toContain(state.cursor);
    const typed = run(at('|\u0301'), { type: 'insert', text: 'e' });
    expect(show(typed)).toBe(`${E_ACUTE}|`);
  });
});

describe('newline', () => {
  it('splits the line at the cursor', () => {
    expect(show(run(at('ab|cd'), { type: 'newline' }))).toBe('ab\n|cd');
  });
});

describe('backspace and delete', () => {
  it.each([
    ['ascii', 'ab', 'a'],
    ['a surrogate pair', 'a👍', 'a'],
    ['a ZWJ family', `a${FAMILY}`, 'a'],
    ['a combining accent', `a${E_ACUTE}`, 'a'],
    ['CJK', 'a世界', 'a世'],
    ['a flag', `a${FLAG}${FLAG}`, `a${FLAG}`],
    ['a keycap', 'a1️⃣', 'a'],
  ])('backspace removes %s as one grapheme', (_name, text, expected) => {
    const state = run(createTextBuffer(text), { type: 'backspace' });
    expect(show(state)).toBe(`${expected}|`);
  });

  it.each([
    ['ascii', 'ab', 'b'],
    ['a surrogate pair', '👍b', 'b'],
    ['a ZWJ family', `${FAMILY}b`, 'b'],
    ['a combining accent', `${E_ACUTE}b`, 'b'],
    ['CJK', '世界', '界'],
    ['a flag', `${FLAG}${FLAG}`, FLAG],
  ])('delete removes %s after the cursor as one grapheme', (_name, text, expected) => {
    const state = run(createTextBuffer(text, 0), { type: 'delete' });
    expect(show(state)).toBe(`|${expected}`);
  });

  it('does nothing at the ends of the text', () => {
    const start = at('|ab');
    expect(run(start, { type: 'backspace' })).toBe(start);
    const end = at('ab|');
    expect(run(end, { type: 'delete' })).toBe(end);
  });

  it('joins lines', () => {
    expect(show(run(at('ab\n|cd'), { type: 'backspace' }))).toBe('ab|cd');
    expect(show(run(at('ab|\ncd'), { type: 'delete' }))).toBe('ab|cd');
  });
});

describe('left and right', () => {
  it('move over whole graphemes', () => {
    const text = `a${FAMILY}${E_ACUTE}世${FLAG}b`;
    const stops: string[] = [];
    let state = createTextBuffer(text, 0);
    for (let i = 0; i < 7; i++) {
      stops.push(show(state));
      state = run(state, { type: 'right' });
    }
    expect(stops).toEqual([
      `|a${FAMILY}${E_ACUTE}世${FLAG}b`,
      `a|${FAMILY}${E_ACUTE}世${FLAG}b`,
      `a${FAMILY}|${E_ACUTE}世${FLAG}b`,
      `a${FAMILY}${E_ACUTE}|世${FLAG}b`,
      `a${FAMILY}${E_ACUTE}世|${FLAG}b`,
      `a${FAMILY}${E_ACUTE}世${FLAG}|b`,
      `a${FAMILY}${E_ACUTE}世${FLAG}b|`,
    ]);
    expect(run(state, { type: 'right' })).toBe(state);
    for (let i = stops.length - 2; i >= 0; i--) {
      state = run(state, { type: 'left' });
      expect(show(state)).toBe(stops[i]);
    }
    expect(run(state, { type: 'left' })).toBe(state);
  });

  it('finds boundaries far from any ASCII', () => {
    const text = '世'.repeat(1000) + FAMILY + '界'.repeat(1000);
    const before = run(createTextBuffer(text, 1000), { type: 'right' });
    expect(before.cursor).toBe(1000 + FAMILY.length);
    expect(run(before, { type: 'left' }).cursor).toBe(1000);
    expect(run(before, { type: 'backspace' }).text).toBe('世'.repeat(1000) + '界'.repeat(1000));
  });
});

describe('up and down', () => {
  const width = 11; // 10 text columns

  it('move between lines keeping the goal column through a shorter line', () => {
    const state = at('abcdefgh|\nab\nabcdefghij');
    const up = { type: 'up', width } as const;
    const down = { type: 'down', width } as const;
    const once = run(state, down);
    expect(show(once)).toBe('abcdefgh\nab|\nabcdefghij');
    expect(show(run(once, down))).toBe('abcdefgh\nab\nabcdefgh|ij');
    expect(show(run(once, down, up, up))).toBe('abcdefgh|\nab\nabcdefghij');
  });

  it('move by visual row within a wrapped line', () => {
    // "one two three four" wraps as "one two " / "three " / "four" at 10 columns.
    const state = createTextBuffer('one two three four five', 2);
    const down = run(state, { type: 'down', width });
    expect(down.cursor).toBe('one two '.length + 2);
    expect(run(down, { type: 'down', width }).cursor).toBe('one two three four '.length + 2);
  });

  it('go to the very start or end past the first or last row', () => {
    expect(run(at('ab|c\nd'), { type: 'up', width }).cursor).toBe(0);
    expect(show(run(at('a\nb|c'), { type: 'down', width }))).toBe('a\nbc|');
  });

  it('land before a wide character rather than inside it', () => {
    expect(show(run(at('abc|\n世界'), { type: 'down', width }))).toBe('abc\n世|界');
  });

  it('move several rows at once for page up and down', () => {
    const text = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
    const state = run(createTextBuffer(text, 0), { type: 'down', width, rows: 4 });
    expect(show(state).split('\n')[4]).toBe('|line 4');
  });

  it('forget the goal column after any other move', () => {
    const state = run(at('abcdefgh|\nab\nabcdefghij'), { type: 'down', width });
    expect(state.goalColumn).toBe(8);
    expect(run(state, { type: 'left' }).goalColumn).toBeUndefined();
  });
});

describe('home and end', () => {
  const width = 11;

  it('go to the start or end of the visual row, then of the line', () => {
    // Rows: "one two " / "three four " / "five".
    const state = createTextBuffer('one two three four five', 'one two thr'.length);
    const home = run(state, { type: 'home', width });
    expect(home.cursor).toBe('one two '.length);
    expect(run(home, { type: 'home', width }).cursor).toBe(0);
    // The end of a wrapped row is the start of the next: End stops before the space it broke at.
    const end = run(state, { type: 'end', width });
    expect(end.cursor).toBe('one two three four'.length);
    expect(run(end, { type: 'end', width }).cursor).toBe('one two three four five'.length);
  });

  it('stay within the line', () => {
    expect(show(run(at('ab\ncd|e\nf'), { type: 'home', width }))).toBe('ab\n|cde\nf');
    expect(show(run(at('ab\nc|de\nf'), { type: 'end', width }))).toBe('ab\ncde|\nf');
  });

  it('jump to the start and end of the text', () => {
    expect(run(at('a\nb|\nc'), { type: 'text-start' }).cursor).toBe(0);
    expect(run(at('a\nb|\nc'), { type: 'text-end' }).cursor).toBe(5);
  });
});

describe('words', () => {
  it('move to the start of the previous word and the end of the next', () => {
    const state = at('I felt, honestly, left out|');
    const left1 = run(state, { type: 'word-left' });
    expect(show(left1)).toBe('I felt, honestly, left |out');
    const left2 = run(left1, { type: 'word-left' }, { type: 'word-left' });
    expect(show(left2)).toBe('I felt, |honestly, left out');
    expect(show(run(left2, { type: 'word-right' }))).toBe('I felt, honestly|, left out');
    expect(show(run(at('|  hi there'), { type: 'word-right' }))).toBe('  hi| there');
  });

  it('cross line breaks and stop at the ends', () => {
    expect(show(run(at('one\n|two'), { type: 'word-left' }))).toBe('|one\ntwo');
    expect(show(run(at('one|\n  '), { type: 'word-right' }))).toBe('one\n  |');
    expect(run(at('|  '), { type: 'word-left' }).cursor).toBe(0);
  });

  it('treat apostrophes as part of a word and find CJK words', () => {
    expect(show(run(at("we don't|"), { type: 'word-left' }))).toBe("we |don't");
    expect(show(run(at('今日は|'), { type: 'word-left' }))).not.toBe('今日は|');
  });

  it('delete the word before the cursor and remember it for yank', () => {
    const deleted = run(at('you never listen|'), { type: 'delete-word-back' });
    expect(show(deleted)).toBe('you never |');
    expect(show(run(deleted, { type: 'yank' }))).toBe('you never listen|');
    expect(run(at('|x'), { type: 'delete-word-back' }).text).toBe('x');
  });

  it('find word starts far back in a long text', () => {
    const word = 'a'.repeat(600);
    expect(run(createTextBuffer(`x ${word}`), { type: 'word-left' }).cursor).toBe(2);
  });
});

describe('kill to line start', () => {
  it('removes from the start of the line to the cursor, and yank brings it back', () => {
    const killed = run(at('first\nsecond li|ne'), { type: 'kill-line-start' });
    expect(show(killed)).toBe('first\n|ne');
    expect(show(run(killed, { type: 'yank' }))).toBe('first\nsecond li|ne');
  });

  it('does nothing at the start of a line', () => {
    const state = at('first\n|second');
    expect(run(state, { type: 'kill-line-start' })).toBe(state);
  });
});

describe('set', () => {
  it('replaces the text, cursor at the end by default', () => {
    expect(show(run(at('old|'), { type: 'set', text: 'new text' }))).toBe('new text|');
  });

  it('clamps the cursor and snaps it out of a grapheme', () => {
    expect(run(at('|'), { type: 'set', text: 'ab', cursor: 99 }).cursor).toBe(2);
    expect(run(at('|'), { type: 'set', text: 'ab', cursor: -3 }).cursor).toBe(0);
    expect(run(at('|'), { type: 'set', text: `a${FAMILY}`, cursor: 4 }).cursor).toBe(1);
  });

  it('cleans the text like typed input', () => {
    expect(run(at('|'), { type: 'set', text: 'a\r\nb\x1b[2J' }).text).toBe('a\nb');
  });
});
