import { describe, expect, it } from 'vitest';
import {
  createTextAreaInputDecoder,
  PASTE_CONTINUATION_MS,
  type TextAreaCommand,
} from '../../../src/ui/text-area/input-decoder.js';

/** Feeds events a second apart (so no lone Enter looks like part of a paste). */
function decode(...events: string[]): TextAreaCommand[] {
  const decoder = createTextAreaInputDecoder();
  return events.flatMap((event, index) => decoder.push(event, index * 1000));
}

const types = (commands: TextAreaCommand[]): string[] => commands.map(({ type }) => type);

describe('keys', () => {
  it.each([
    ['\r', 'submit'],
    ['\n', 'newline'],
    ['\x1b\r', 'newline'],
    ['\x7f', 'backspace'],
    ['\b', 'backspace'],
    ['\x1b[3~', 'delete'],
    ['\x1b[3;5~', 'delete'],
    ['\x1b[D', 'left'],
    ['\x1b[C', 'right'],
    ['\x1b[A', 'up'],
    ['\x1b[B', 'down'],
    ['\x1bOD', 'left'],
    ['\x1b[H', 'home'],
    ['\x1b[F', 'end'],
    ['\x1b[1~', 'home'],
    ['\x1b[4~', 'end'],
    ['\x1b[7~', 'home'],
    ['\x1b[8~', 'end'],
    ['\x1bOH', 'home'],
    ['\x1bOF', 'end'],
    ['\x1b[1;5H', 'text-start'],
    ['\x1b[1;5F', 'text-end'],
    ['\x1b[5~', 'page-up'],
    ['\x1b[6~', 'page-down'],
    ['\x1b[1;3D', 'word-left'],
    ['\x1b[1;5D', 'word-left'],
    ['\x1b[1;3C', 'word-right'],
    ['\x1b[1;5C', 'word-right'],
    ['\x1b\x1b[D', 'word-left'],
    ['\x1bb', 'word-left'],
    ['\x1bf', 'word-right'],
    ['\x1bOd', 'word-left'],
    ['\x17', 'delete-word-back'],
    ['\x1b\x7f', 'delete-word-back'],
    ['\x15', 'kill-line-start'],
    ['\x19', 'yank'],
    ['\x01', 'home'],
    ['\x05', 'end'],
  ])('%j is %s', (sequence, type) => {
    expect(types(decode(sequence))).toEqual([type]);
  });

  it.each([
    ['Esc', '\x1b'],
    ['Ctrl+C', '\x03'],
    ['Ctrl+P', '\x10'],
    ['Tab', '\t'],
    ['Shift+Tab', '\x1b[Z'],
    ['F1', '\x1bOP'],
    ['F5', '\x1b[15~'],
    ['Insert', '\x1b[2~'],
    ['a focus report', '\x1b[I'],
    ['a mouse report', '\x1b[<0;3;4M'],
    ['Alt+x', '\x1bx'],
  ])('leaves %s alone', (_name, sequence) => {
    expect(decode(sequence)).toEqual([]);
  });

  it('types printable keys, including a whole emoji', () => {
    expect(decode('a', '👍', 'é')).toEqual([
      { type: 'insert', text: 'a' },
      { type: 'insert', text: '👍' },
      { type: 'insert', text: 'é' },
    ]);
  });
});

describe('runs of text', () => {
  it('inserts a pasted chunk whole, its \\r included, without submitting', () => {
    expect(decode('one\rtwo\r')).toEqual([{ type: 'insert', text: 'one\rtwo\r' }]);
  });

  it('applies Backspace keys that arrived in the same read', () => {
    expect(decode('ab\x7fc')).toEqual([
      { type: 'insert', text: 'ab' },
      { type: 'backspace' },
      { type: 'insert', text: 'c' },
    ]);
  });

  it('takes a lone \\r right after a run of text as the rest of a paste', () => {
    const decoder = createTextAreaInputDecoder();
    decoder.push('pasted line', 100);
    expect(types(decoder.push('\r', 100 + PASTE_CONTINUATION_MS - 1))).toEqual(['newline']);
    expect(types(decoder.push('\r', 100 + PASTE_CONTINUATION_MS + 500))).toEqual(['submit']);
  });
});

describe('bracketed paste', () => {
  it('inserts everything between the markers as one piece', () => {
    expect(decode('\x1b[200~', 'one\rtwo', '\x1b[201~')).toEqual([
      { type: 'insert', text: 'one\rtwo' },
    ]);
  });

  it('waits for the end marker across several events, escape sequences included', () => {
    const decoder = createTextAreaInputDecoder();
    expect(decoder.push('\x1b[200~', 0)).toEqual([]);
    expect(decoder.push('first\r', 1)).toEqual([]);
    expect(decoder.push('\r', 2)).toEqual([]);
    expect(decoder.push('\x1b[A', 3)).toEqual([]);
    expect(decoder.isPasting()).toBe(true);
    expect(decoder.push('last\x1b[201~', 4)).toEqual([
      { type: 'insert', text: 'first\r\r\x1b[Alast' },
    ]);
    expect(decoder.isPasting()).toBe(false);
  });

  it('finds an end marker cut in two', () => {
    expect(decode('\x1b[200~', 'text\x1b[20', '1~')).toEqual([{ type: 'insert', text: 'text' }]);
  });

  it('finds a start marker cut in two', () => {
    expect(decode('\x1b[20', '0~pasted', '\x1b[201~')).toEqual([
      { type: 'insert', text: 'pasted' },
    ]);
  });

  it('reads keys that follow the end marker in the same event', () => {
    expect(types(decode('\x1b[200~', 'x\x1b[201~\x7f'))).toEqual(['insert', 'backspace']);
  });

  it('hands over what arrived when told the end marker is not coming', () => {
    const decoder = createTextAreaInputDecoder();
    decoder.push('\x1b[200~', 0);
    decoder.push('half a paste', 1);
    expect(decoder.flushPaste()).toEqual([{ type: 'insert', text: 'half a paste' }]);
    expect(decoder.isPasting()).toBe(false);
    expect(decoder.flushPaste()).toEqual([]);
  });
});

describe('kitty keyboard protocol', () => {
  it.each([
    ['\x1b[13u', 'submit'],
    ['\x1b[13;2u', 'newline'],
    ['\x1b[13;3u', 'newline'],
    ['\x1b[127u', 'backspace'],
    ['\x1b[127;3u', 'delete-word-back'],
    ['\x1b[119;5u', 'delete-word-back'],
    ['\x1b[117;5u', 'kill-line-start'],
    ['\x1b[106;5u', 'newline'],
    ['\x1b[98;3u', 'word-left'],
    ['\x1b[1;1:1D', 'left'],
    ['\x1b[3;1:1~', 'delete'],
  ])('%j is %s', (sequence, type) => {
    expect(types(decode(sequence))).toEqual([type]);
  });

  it('types printable keys and ignores releases and shortcuts', () => {
    expect(
      decode('\x1b[97u', '\x1b[97;2:1;65u', '\x1b[97;1:3u', '\x1b[99;5u', '\x1b[112;5u'),
    ).toEqual([
      { type: 'insert', text: 'a' },
      { type: 'insert', text: 'A' },
    ]);
  });
});

describe('escape codes pasted without bracketed paste', () => {
  /** The events Ink's parser makes of one read, all at the same moment. */
  const oneRead = (...events: string[]) => {
    const decoder = createTextAreaInputDecoder();
    return events.flatMap((event) => decoder.push(event, 5_000));
  };
  const text = (commands: TextAreaCommand[]) =>
    commands.map((c) => (c.type === 'insert' ? c.text : `<${c.type}>`)).join('');

  it('drops the rest of an SS3 key with a modifier (ESC O 2 R), which Ink splits after ESC O', () => {
    expect(text(oneRead('line', '\x1bO', '2R', ' more'))).toBe('line more');
  });

  it('drops an OSC string up to its BEL or its ST, keeping the words around it', () => {
    expect(text(oneRead('title ', '\x1b]', '0;HACKED\x07 end'))).toBe('title  end');
    expect(text(oneRead('a ', '\x1b]', '8;;http://x', '\x1b\\', 'link'))).toBe('a link');
  });

  it('drops cursor moves inside pasted text, so the words keep their order', () => {
    expect(
      text(oneRead('Red ', '\x1b[31m', 'RED', '\x1b[0m', ' move', '\x1b[2J', '\x1b[H', ' title')),
    ).toBe('Red RED move title');
  });

  it('keeps keys a person presses: Alt+O then 2R later, and Home a moment after typing', () => {
    const decoder = createTextAreaInputDecoder();
    expect(text(decoder.push('\x1bO', 1_000))).toBe('');
    expect(text(decoder.push('2R', 2_000))).toBe('2R');
    expect(types(decoder.push('\x1b[H', 3_000))).toEqual(['home']);
  });
});
