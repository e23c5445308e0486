// Reading a deck file from disk, turning every way that can fail into a problem a person can fix.
import { readFile, stat } from 'node:fs/promises';
import { MAX_DECK_FILE_BYTES } from '../session/limits.js';
import type { DeckProblem } from './types.js';
import { words } from '../words/index.js';

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
      return fail(words().decks.files.folder);
    }
    if (!info.isFile()) return fail(words().decks.files.notRegular);
    if (info.size > MAX_DECK_FILE_BYTES) {
      return fail(words().decks.files.tooLarge);
    }
    const bytes = await readFile(path);
    return decode(bytes, fail);
  } catch (error) {
    return fail(fsMessage(error));
  }
}

function decode(bytes: Buffer, fail: (message: string, line?: number) => ReadResult): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(words().decks.files.utf16);
  }
  if (bytes.includes(0)) {
    return fail(words().decks.files.notText);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return fail(words().decks.files.notUtf8, firstBadLine(bytes));
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
  const said = words().decks.files;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return said.noSuchFile;
    case 'EACCES':
    case 'EPERM':
      return said.notAllowed;
    case 'EISDIR':
      return said.folder;
    case 'ELOOP':
      return said.loop;
    default:
      return said.unreadable(code ?? '');
  }
}
