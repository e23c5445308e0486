// The end of a session: its notes written once, safely, under a name of their own.
import type { SessionState } from '../session/types.js';
import { sealAge } from './age-format.js';
import { candidateName, encryptedSessionStem, sessionFileStem } from './filename.js';
import type { FsLayer } from './fs-layer.js';
import { renderSessionMarkdown } from './markdown.js';
import { passphraseKeys, type EncryptionOption } from './passphrase-keys.js';
import { ensurePrivateDir, sweepTempFiles, writeNewFileAtomic } from './safe-write.js';

/**
 * Writes the session's notes to `notesDir` (created 0700 if missing) as
 * `YYYY-MM-DD-HHMM-<deck>.md` (0600), never over an existing file, and returns where.
 * Synchronous, so a signal handler can finish it; throws a NotesError the screen can show.
 * Only once this returns may the journal be removed.
 *
 * With `encryption`, the notes are `YYYY-MM-DD-HHMM-session.md.age` (no deck in the name), an age file for the passphrase (`age -d` opens
 * it). Still synchronous and instant when given the session's `PassphraseKeys` (its key was
 * derived in the background); given a bare passphrase, it blocks for the scrypt (about 0.8 s).
 */
export function saveSession(args: {
  state: SessionState;
  notesDir: string;
  fs?: FsLayer;
  encryption?: EncryptionOption;
}): {
  path: string;
} {
  const stem = args.encryption
    ? encryptedSessionStem(args.state.config)
    : sessionFileStem(args.state.config);
  return saveNote(args, stem, renderSessionMarkdown(args.state));
}

/** Writes one note under the first free `stem.md` (or `stem.md.age`), `stem-2…`. */
export function saveNote(
  args: { notesDir: string; fs?: FsLayer; encryption?: EncryptionOption },
  stem: string,
  markdown: string,
): { path: string } {
  const fsOption = args.fs ? { fs: args.fs } : {};
  ensurePrivateDir(args.notesDir, { ...fsOption, action: 'save' });
  sweepTempFiles(args.notesDir, args.fs);
  const encrypted = args.encryption !== undefined;
  const data = args.encryption
    ? sealAge(markdown, passphraseKeys(args.encryption, { ahead: 0 }).takeSync())
    : markdown;
  const nameFor = (n: number) => `${candidateName(stem, n)}${encrypted ? '.age' : ''}`;
  const file = writeNewFileAtomic(args.notesDir, nameFor, data, { ...fsOption, action: 'save' });
  return { path: file };
}
