import type { TextAreaEdit } from './text-area-model.js';

/** What a key or a paste asks of the text area. */
export type TextAreaCommand = TextAreaEdit | { readonly type: 'submit' };

/**
 * Turns Ink's raw input events into commands. Ink's parser hands each escape sequence over as one
 * event and a run of plain text (a paste, or keys that arrived together) as another; we read the
 * raw events rather than `useInput`'s keys because `useInput` reports Backspace (`\x7f`) and the
 * Delete key (`\x1b[3~`) both as `key.delete`, and Ink 6.8 passes bracketed-paste markers through
 * as text.
 */
export interface TextAreaInputDecoder {
  /** Decodes one raw event; `now` (ms) tells a paste split across reads from a typed Enter. */
  push(raw: string, now: number): TextAreaCommand[];
  isPasting(): boolean;
  /** Ends a bracketed paste whose end marker never came, inserting what arrived. */
  flushPaste(): TextAreaCommand[];
}

const ESC = '\x1b';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
/**
 * A lone `\r` this soon after a run of text is the rest of a paste that was not bracketed (the
 * terminal wrote it in pieces), not a person pressing Enter: it becomes a newline, not a submit.
 */
export const PASTE_CONTINUATION_MS = 15;

const NEWLINE: TextAreaCommand = { type: 'newline' };
const BACKSPACE: TextAreaCommand = { type: 'backspace' };
const DELETE_WORD_BACK: TextAreaCommand = { type: 'delete-word-back' };

// xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4 | meta 8).
const SHIFT = 1;
const ALT = 2;
const CTRL = 4;
const META = 8;
const KEY_RELEASE = 3;

/** Ctrl+letter, as the control character a terminal sends and as a letter (kitty protocol). */
const CTRL_KEYS: Readonly<Record<string, TextAreaCommand>> = {
  a: { type: 'home' },
  e: { type: 'end' },
  h: BACKSPACE,
  j: NEWLINE,
  u: { type: 'kill-line-start' },
  w: DELETE_WORD_BACK,
  y: { type: 'yank' },
};

const META_KEYS: Readonly<Record<string, TextAreaCommand>> = {
  b: { type: 'word-left' },
  f: { type: 'word-right' },
};

function controlKey(code: number): TextAreaCommand[] {
  if (code === 0x0d) return [{ type: 'submit' }];
  if (code === 0x7f) return [BACKSPACE];
  // Ctrl+C, Ctrl+P, Tab and the rest are left to the screen and to Ink.
  const command = code >= 1 && code <= 26 ? CTRL_KEYS[String.fromCharCode(code + 96)] : undefined;
  return command ? [command] : [];
}

/** A run of text: inserted whole; Backspace keys that arrived in the same read still apply. */
function textRun(text: string): TextAreaCommand[] {
  const commands: TextAreaCommand[] = [];

  for (const piece of text.split(/([\x7f\b])/)) {
    if (piece === '\x7f' || piece === '\b') commands.push(BACKSPACE);
    else if (piece !== '') commands.push({ type: 'insert', text: piece });
  }
  return commands;
}

function fromCodePoint(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '';
}

function arrow(final: string, modifiers: number): TextAreaCommand[] {
  const word = (modifiers & (ALT | CTRL | META)) !== 0;
  switch (final) {
    case 'A':
    case 'a':
      return [{ type: 'up' }];
    case 'B':
    case 'b':
      return [{ type: 'down' }];
    case 'C':
      return [{ type: word ? 'word-right' : 'right' }];
    case 'c':
      return [{ type: 'right' }];
    case 'D':
      return [{ type: word ? 'word-left' : 'left' }];
    case 'd':
      return [{ type: 'left' }];
    case 'H':
      return [{ type: modifiers & CTRL ? 'text-start' : 'home' }];
    case 'F':
      return [{ type: modifiers & CTRL ? 'text-end' : 'end' }];
    default:
      return [];
  }
}

function tildeKey(number: number, modifiers: number, final: string): TextAreaCommand[] {
  const ctrl = (modifiers & CTRL) !== 0 || final === '^';
  switch (number) {
    case 1:
    case 7:
      return [{ type: ctrl ? 'text-start' : 'home' }];
    case 4:
    case 8:
      return [{ type: ctrl ? 'text-end' : 'end' }];
    case 3:
      return [{ type: 'delete' }];
    case 5:
      return [{ type: 'page-up' }];
    case 6:
      return [{ type: 'page-down' }];
    default:
      return [];
  }
}

/** Kitty keyboard protocol: CSI code[:shifted] ; modifiers[:event] ; text u */
function kittyKey(params: string[], modifiers: number): TextAreaCommand[] {
  const [codeField = '', , textField] = params;
  const [code = NaN, shifted] = codeField.split(':').map(Number);
  if (code === 13 || code === 57414) {
    return [modifiers & (SHIFT | ALT | CTRL | META) ? NEWLINE : { type: 'submit' }];
  }
  if (code === 127 || code === 8) return [modifiers & (ALT | CTRL) ? DELETE_WORD_BACK : BACKSPACE];
  const key = fromCodePoint(code).toLowerCase();
  if (modifiers & CTRL) return modifiers & ALT ? [] : controlKeyByLetter(key);
  if (modifiers & ALT) return META_KEYS[key] ? [META_KEYS[key]] : [];
  // Super (Cmd) shortcuts, Tab, Esc and kitty's functional keys (private use area) are not text.
  if (modifiers & META || code === 9 || code === 27 || (code >= 0xe000 && code <= 0xf8ff))
    return [];
  const text = textField
    ? textField.split(':').map(Number).map(fromCodePoint).join('')
    : fromCodePoint(modifiers & SHIFT && shifted !== undefined ? shifted : code);
  return text ? [{ type: 'insert', text }] : [];
}

function controlKeyByLetter(letter: string): TextAreaCommand[] {
  const command = CTRL_KEYS[letter];
  return command ? [command] : [];
}

// CSI with plain numeric parameters; private ones (`?`, `<`: mouse, reports) are ignored.
// eslint-disable-next-line no-control-regex
const CSI = /^\x1b\[([\d;:]*)([A-Za-z~^$])$/;
// eslint-disable-next-line no-control-regex
const SS3 = /^\x1bO([A-Za-z])$/;

function escapeSequence(sequence: string): TextAreaCommand[] {
  if (sequence === '\x1b\r' || sequence === '\x1b\n') return [NEWLINE];
  if (sequence === '\x1b\x7f' || sequence === '\x1b\b') return [DELETE_WORD_BACK];
  // ESC ESC [ D: Alt+arrow from terminals that prefix the whole sequence with ESC.
  const altPrefixed = sequence.startsWith('\x1b\x1b') && sequence.length > 2;
  const body = altPrefixed ? sequence.slice(1) : sequence;
  const csi = CSI.exec(body);
  if (csi) {
    const params = (csi[1] ?? '').split(';');
    const [modifierText = '1', eventText = '1'] = (params[1] ?? '').split(':');
    if (Number(eventText) === KEY_RELEASE) return [];
    const modifiers = (Math.max(1, Number(modifierText) || 1) - 1) | (altPrefixed ? ALT : 0);
    const final = csi[2] ?? '';
    if (final === 'u') return kittyKey(params, modifiers);
    if (final === '~' || final === '^' || final === '$') {
      return tildeKey(Number(params[0]), modifiers, final);
    }
    return arrow(final, modifiers);
  }
  const ss3 = SS3.exec(body);
  if (ss3) {
    const final = ss3[1] ?? '';
    if (final === 'M') return [{ type: 'submit' }];
    // rxvt sends Ctrl+arrows as ESC O a..d.
    if (final === 'c') return [{ type: 'word-right' }];
    if (final === 'd') return [{ type: 'word-left' }];
    return arrow(final, altPrefixed ? ALT : 0);
  }
  // Alt+letter (ESC + letter): readline's word moves; Esc alone is the screen's.
  const meta = sequence.length === 2 ? META_KEYS[sequence.charAt(1).toLowerCase()] : undefined;
  return meta ? [meta] : [];
}

export function createTextAreaInputDecoder(): TextAreaInputDecoder {
  let pasting = false;
  let paste = '';
  /** The start of a paste marker that Ink handed over in two pieces. */
  let markerPiece = '';
  let lastTextRunAt = -Infinity;

  const endPaste = (text: string): TextAreaCommand[] => {
    pasting = false;
    paste = '';
    return text === '' ? [] : [{ type: 'insert', text }];
  };

  // Without bracketed paste, escape codes in pasted text reach us split by Ink's parser: `ESC O`
  // then "2R" (an SS3 key with a modifier), `ESC ]` then "0;title BEL" (an OSC string), and
  // cursor moves between runs of text. What follows such an opening within the same read (never
  // a person's next key) is the rest of the code, not words, and is dropped.
  let opened: { kind: 'ss3' | 'osc'; at: number } | null = null;
  let oscSince: number | null = null;
  const sameRead = (at: number, now: number) => now - at < PASTE_CONTINUATION_MS;

  /** The text of an event with the rest of an escape code taken off its front. */
  const withoutCodeRest = (event: string, now: number): string => {
    if (oscSince !== null && sameRead(oscSince, now) && !event.startsWith(ESC)) {
      const bell = event.indexOf('\x07');
      if (bell === -1) {
        oscSince = now;
        return '';
      }
      oscSince = null;
      return event.slice(bell + 1);
    }
    oscSince = null;
    const intro = opened;
    opened = null;
    if (!intro || !sameRead(intro.at, now) || event.startsWith(ESC)) return event;
    if (intro.kind === 'ss3') return event.replace(/^\d+[\x40-\x7e]/, '');
    if (!/^\d*;/.test(event)) return event;
    oscSince = now;
    return withoutCodeRest(event, now);
  };

  const decodeEvent = (raw: string, now: number): TextAreaCommand[] => {
    if (raw === '\x1bO' || raw === '\x1b]') {
      opened = { kind: raw === '\x1bO' ? 'ss3' : 'osc', at: now };
      return [];
    }
    // The end of an OSC string (ST), when it came on its own.
    if (raw === '\x1b\\' && oscSince !== null) {
      oscSince = null;
      return [];
    }
    const event = withoutCodeRest(raw, now);
    if (event === '') return [];
    if (event.startsWith(ESC)) {
      // A cursor move in the middle of pasted text is part of what was pasted, not a key.
      if (event.startsWith('\x1b[') && sameRead(lastTextRunAt, now)) return [];
      return escapeSequence(event);
    }
    if (event.length === 1) {
      const code = event.charCodeAt(0);
      if (code === 0x0d && now - lastTextRunAt < PASTE_CONTINUATION_MS) return [NEWLINE];
      if (code < 0x20 || code === 0x7f) return controlKey(code);
      return [{ type: 'insert', text: event }];
    }
    lastTextRunAt = now;
    return textRun(event);
  };

  const push = (raw: string, now: number): TextAreaCommand[] => {
    const commands: TextAreaCommand[] = [];
    let input = raw;
    if (markerPiece !== '') {
      // Only kept if it really was a paste marker cut in two; otherwise the piece is dropped
      // like any unknown sequence, and the event is read on its own.
      const joined = markerPiece + raw;
      if (joined.startsWith(PASTE_START) || PASTE_START.startsWith(joined)) input = joined;
      markerPiece = '';
    }
    while (input !== '') {
      if (pasting) {
        const searchFrom = Math.max(0, paste.length - PASTE_END.length + 1);
        paste += input;
        const end = paste.indexOf(PASTE_END, searchFrom);
        if (end === -1) return commands;
        input = paste.slice(end + PASTE_END.length);
        commands.push(...endPaste(paste.slice(0, end)));
        continue;
      }
      const start = input.indexOf(PASTE_START);
      if (start === 0) {
        pasting = true;
        input = input.slice(PASTE_START.length);
        continue;
      }
      if (start > 0) {
        commands.push(...decodeEvent(input.slice(0, start), now));
        input = input.slice(start);
        continue;
      }
      if (input.length >= 3 && input.length < PASTE_START.length && PASTE_START.startsWith(input)) {
        markerPiece = input;
        return commands;
      }
      commands.push(...decodeEvent(input, now));
      break;
    }
    return commands;
  };

  return {
    push,
    isPasting: () => pasting,
    flushPaste: () => (pasting ? endPaste(paste) : []),
  };
}
