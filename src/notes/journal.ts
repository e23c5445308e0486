// The autosave journal of a session in progress: `<notesDir>/.journal/<id>.jsonl` (0600, in a
// 0700 hidden folder that note apps such as Obsidian do not index), with `<id>.lock` beside it.
// In its parts, by job:
//
//   journal-types.ts      what a journal offers (Journal, its options and status)
//   journal-writer.ts     appends, syncs, keeps everything in memory, rewrites, rescues
//   journal-drafts.ts     each field's text as a snapshot and then edits; their replay
//   journal-open.ts       a new journal; resuming one, plain or sealed, by one path
//   journal-catalogue.ts  the unfinished sessions in a folder
//   journal-discard.ts    letting one go unsaved
//   journal-format.ts     the records and the reader (journal-shapes.ts: what a record must hold)
//   journal-codec.ts      records as lines: plain, or sealed (encrypted-journal.ts)
//   journal-paths.ts      where the files are
export { JOURNAL_DIR, journalDir, notesWritten } from './journal-paths.js';
export type { Journal, JournalOptions, JournalStatus, SessionSource } from './journal-types.js';
export {
  createJournal,
  newJournalId,
  resumeEncryptedJournal,
  resumeJournal,
} from './journal-open.js';
export {
  findInterruptedSessions,
  languageOf,
  type InterruptedSession,
} from './journal-catalogue.js';
export { discardJournal } from './journal-discard.js';
