// The end of a session: its notes written once, safely, under a name of their own.
import type { SessionState } from '../session/types.js';
import { candidateName, sessionFileStem } from './filename.js';
import type { FsLayer } from './fs-layer.js';
import { renderSessionMarkdown } from './markdown.js';
import { ensurePrivateDir, sweepTempFiles, writeNewFileAtomic } from './safe-write.js';

/**
 * Writes the session's notes to `notesDir` (created 0700 if missing) as
 * `YYYY-MM-DD-HHMM-<deck>.md` (0600), never over an existing file, and returns where.
 * Synchronous, so a signal handler can finish it; throws a NotesError the screen can show.
 * Only once this returns may the journal be removed.
 */
export function saveSession(args: { state: SessionState; notesDir: string; fs?: FsLayer }): {
  path: string;
} {
  const fsOption = args.fs ? { fs: args.fs } : {};
  ensurePrivateDir(args.notesDir, { ...fsOption, action: 'save' });
  sweepTempFiles(args.notesDir, args.fs);
  const stem = sessionFileStem(args.state.config);
  const markdown = renderSessionMarkdown(args.state);
  const file = writeNewFileAtomic(args.notesDir, (n) => candidateName(stem, n), markdown, {
    ...fsOption,
    action: 'save',
  });
  return { path: file };
}
