/**
 * A copy of a string that shares no memory with the string it was cut from. V8 keeps a slice of a
 * long string as a pointer into it, and Ink caches every drawn row's text for good: a row cut from
 * a 50,000-character note would keep that whole version of the note alive, one per keystroke.
 * UTF-16 round-trips every code unit, lone surrogates included.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
