// A check-in saved like a session: its own file in the notes folder, never over another.
import { checkinFileStem, renderCheckinMarkdown, type Checkin } from './checkin-markdown.js';
import type { FsLayer } from './fs-layer.js';
import type { EncryptionOption } from './passphrase-keys.js';
import { saveNote } from './save-session.js';

/**
 * Writes the check-in to `notesDir` (created 0700 if missing) as `YYYY-MM-DD-HHMM-checkin.md`
 * (0600; then -2, -3…) and returns where. Throws a NotesError the screen can show. With
 * `encryption`, as `….md.age` for the passphrase (see `saveSession`).
 */
export function saveCheckin(args: {
  checkin: Checkin;
  notesDir: string;
  fs?: FsLayer;
  encryption?: EncryptionOption;
}): {
  path: string;
} {
  return saveNote(args, checkinFileStem(args.checkin), renderCheckinMarkdown(args.checkin));
}
