// The notes folder as history and export read it: opened with the passphrase when one is given,
// with a plain sentence for each thing left out.
import { NotesError } from './errors.js';
import {
  encryptedMessage,
  notOpenedMessage,
  readNotesFolder,
  readNotesFolderWithPassphrase,
  skippedMessage,
  type NoteDates,
  type NotesFolder,
} from './read-notes.js';

export type OpenedFolder = { folder: NotesFolder; warnings: string[] } | { error: string };

/** Never throws for the folder's own problems: they come back as one sentence in `error`. */
export async function openNotesFolder(
  notesDir: string,
  passphrase?: string,
  /** Only notes that may be from these days are read (see `readNotesFolder`). */
  dates?: NoteDates,
): Promise<OpenedFolder> {
  let folder: NotesFolder;
  try {
    folder =
      passphrase === undefined
        ? readNotesFolder(notesDir, { dates })
        : await readNotesFolderWithPassphrase(notesDir, { encryption: { passphrase }, dates });
  } catch (error) {
    if (error instanceof NotesError) return { error: error.message };
    throw error;
  }
  const warnings = folder.skipped.map(skippedMessage);
  const notOpened = notOpenedMessage(folder.notOpened ?? []);
  if (notOpened) warnings.push(notOpened);
  const encrypted = passphrase === undefined ? encryptedMessage(folder.encrypted.length) : null;
  if (encrypted) warnings.push(encrypted);
  return { folder, warnings };
}
