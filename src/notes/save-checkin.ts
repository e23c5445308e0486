// A check-in saved like a session: its own file in the notes folder, never over another.
import { candidateName } from './filename.js';
import { checkinFileStem, renderCheckinMarkdown, type Checkin } from './checkin-markdown.js';
import type { FsLayer } from './fs-layer.js';
import { ensurePrivateDir, sweepTempFiles, writeNewFileAtomic } from './safe-write.js';

/**
 * Writes the check-in to `notesDir` (created 0700 if missing) as `YYYY-MM-DD-HHMM-checkin.md`
 * (0600; then -2, -3…) and returns where. Throws a NotesError the screen can show.
 */
export function saveCheckin(args: { checkin: Checkin; notesDir: string; fs?: FsLayer }): {
  path: string;
} {
  const fsOption = args.fs ? { fs: args.fs } : {};
  ensurePrivateDir(args.notesDir, { ...fsOption, action: 'save' });
  sweepTempFiles(args.notesDir, args.fs);
  const stem = checkinFileStem(args.checkin);
  const file = writeNewFileAtomic(
    args.notesDir,
    (n) => candidateName(stem, n),
    renderCheckinMarkdown(args.checkin),
    { ...fsOption, action: 'save' },
  );
  return { path: file };
}
