// Reading a deck file from disk, turning every way that can fail into a problem a person can fix.
import { readFile, stat } from 'node:fs/promises';
import { MAX_DECK_FILE_BYTES } from '../session/limits.js';
import type { DeckProblem } from './types.js';

export type ReadResult = { ok: true; text: string } | { ok: false; problem: DeckProblem };

/** Reads `path` as UTF-8 text; problems name the file as `display` (the path as the user wrote it). */
export async function readDeckFile(path: string, display: string): Promise<ReadResult> {
  const fail = (message: string, line?: number): ReadResult => ({
    ok: false,
    problem: line === undefined ? { file: display, message } : { file: display, line, message },
  });
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return fail(
        'this is a folder, not a deck file: give the path of a deck file (.md) inside it',
      );
    }
    if (!info.isFile())
      return fail('this is not a regular file: give the path of a deck file (.md)');
    if (info.size > MAX_DECK_FILE_BYTES) {
      return fail(
        'this file is too large to be a deck (over 1 MB): a deck is a short markdown file',
      );
    }
    const bytes = await readFile(path);
    return decode(bytes, fail);
  } catch (error) {
    return fail(fsMessage(error));
  }
}

function decode(bytes: Buffer, fail: (message: string, line?: number) => ReadResult): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('this file is saved as UTF-16: save it as UTF-8 text in your editor');
  }
  if (bytes.includes(0)) {
    return fail('this is not a text file: a deck is a markdown file saved as plain text');
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return fail(
      'this line is not UTF-8 text: save the file as UTF-8 in your editor',
      firstBadLine(bytes),
    );
  }
}

/** The line holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

export function fsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'there is no such file: check the path and its spelling';
    case 'EACCES':
    case 'EPERM':
      return 'talkturn is not allowed to read this: check its permissions';
    case 'EISDIR':
      return 'this is a folder, not a deck file: give the path of a deck file (.md) inside it';
    case 'ELOOP':
      return 'this is a link that points back to itself: give the path of the deck file itself';
    default:
      return `this could not be read${code ? ` (${code})` : ''}: check that the file is there and readable`;
  }
}
