// What `talkturn forget` says: the list of what will go, the question, and the outcome.
// Counts are plural forms: `#` is the number (see `plural` in words/format.ts).
import { forms } from '../plural-forms.js';

export const forget = {
  kinds: {
    session: forms({ one: '# session', other: '# sessions' }),
    checkin: forms({ one: '# check-in', other: '# check-ins' }),
    encrypted: forms({ one: '# encrypted session', other: '# encrypted sessions' }),
    damaged: forms({ one: '# damaged note', other: '# damaged notes' }),
    unfinished: forms({ one: '# unfinished session', other: '# unfinished sessions' }),
    leftover: forms({
      one: '# leftover autosave or temporary file',
      other: '# leftover autosave or temporary files',
    }),
    questions: forms({
      one: '# question ledger (your questions and moments)',
      other: '# question ledgers',
    }),
  },
  files: forms({ one: '# file', other: '# files' }),
  /** The kind of one item, as named in the lists: "unfinished session". */
  kindName: {
    session: 'session',
    checkin: 'check-in',
    encrypted: 'encrypted session',
    damaged: 'damaged note',
    unfinished: 'unfinished session',
    leftover: 'leftover autosave or temporary file',
    questions: 'question ledger (your questions and moments)',
  },
  ofDay: (what: string, day: string) => `${what} of ${day}`,
  checkinTitle: 'Check-in',
  canForget: 'What you can forget, by the name to type:',
  willGo: 'These will be deleted:',
  bothOfYou:
    'These notes are of both of you: delete them only if you both agree. Copies you exported or printed are not touched: delete those yourselves.',
  copiesKept: 'Copies you exported or printed are not touched: delete those yourselves.',
  bothAgree: 'Do you both agree? ',
  withAgreements: ' (and the agreements written in them)',
  /** "Delete 3 files for good: 2 sessions, 1 check-in (and the agreements written in them)?" */
  question: (files: string, parts: string, agreements: string) =>
    `Delete ${files} for good: ${parts}${agreements}? This cannot be undone. Type yes to delete:`,
  /** The answer that deletes (compared without case). */
  yes: 'yes',
  lockedBy: (pid: string) => ` (process ${pid})`,
  locked: (name: string, which: string, forgetCommand: string) =>
    `The unfinished session ${name} is open in a running talkturn${which}, ` +
    `so it was kept: finish or close it there, then run ${forgetCommand} again.`,
  keptDamaged: (name: string, forgetCommand: string) =>
    `Kept ${name}: it is named like talkturn notes but does not read as them, so it may be ` +
    `someone's own file; to delete it anyway, run ${forgetCommand}.`,
  reasons: {
    'disk-full': 'the disk reported it is full',
    'read-only': 'the disk is read-only',
    permission: 'talkturn is not allowed to remove it (check the folder permissions)',
    missing: 'the folder is missing',
    'not-a-folder': 'its folder is not a folder',
    io: 'the disk reported an error',
  },
  failed: (name: string, reason: string) => `Could not delete ${name}: ${reason}.`,
  notOverwritten: (name: string) =>
    `${name} was deleted, but its old bytes could not be overwritten first.`,
  unknown: (names: string, forgetCommand: string) =>
    `No notes match ${names}, so nothing was deleted: run ${forgetCommand} on its own to see each one's name.`,
  choose:
    'Choose what to forget: type its name as shown above, or a whole day (like 2026-11-24), or use --all.',
  chooseEmpty:
    'Choose what to forget: type a name, or a whole day (like 2026-11-24), or use --all.',
  either: 'Choose either sessions (by name or day) or --all, not both.',
  noTerminal: (forgetCommand: string) =>
    `${forgetCommand} asks before deleting and there is no terminal to ask in, so nothing was deleted: add --yes to delete without asking.`,
  nothing: 'There are no talkturn notes to forget in the notes folder.',
  notConfirmed: 'Nothing was deleted.',
  deleted: (files: string) => `Deleted ${files}.`,
  someFailed: (failed: string, of: number) =>
    `${failed} of ${of} could not be deleted (named above): try again once the problem is fixed.`,
};
