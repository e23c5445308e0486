// What `talkturn forget` says: the list of what will go, the question, and the outcome.
import path from 'node:path';
import { classify, sysCodeOf } from '../notes/errors.js';
import { printableName } from '../notes/read-notes.js';
import type { Item, ItemKind } from './catalogue.js';
import { talkturnCommand } from '../invocation.js';

const WORDS: Record<ItemKind, [string, string]> = {
  session: ['session', 'sessions'],
  checkin: ['check-in', 'check-ins'],
  encrypted: ['encrypted session', 'encrypted sessions'],
  damaged: ['damaged note', 'damaged notes'],
  unfinished: ['unfinished session', 'unfinished sessions'],
  leftover: ['leftover autosave or temporary file', 'leftover autosave or temporary files'],
  questions: ['question ledger (your questions and moments)', 'question ledgers'],
};

const ORDER: ItemKind[] = [
  'session',
  'checkin',
  'encrypted',
  'damaged',
  'unfinished',
  'leftover',
  'questions',
];

export function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const filesIn = (items: readonly Item[]): number =>
  items.reduce((sum, item) => sum + item.files.length, 0);

/** One line per item, as shown before the question. */
export function listLine(item: Item): string {
  const files = item.files.length > 1 ? `, ${count(item.files.length, ['file', 'files'])}` : '';
  return `  ${printableName(item.name)} (${WORDS[item.kind][0]}${files})`;
}

/** "  talkturn forget 2026-11-24-1805-trust-basics   Tue 24 Nov 2026, 18:05 · Trust basics" */
export function nameLine(item: Item): string {
  const what = item.label ?? `${WORDS[item.kind][0]}${item.date ? ` of ${item.date}` : ''}`;
  return `  ${talkturnCommand(`forget ${printableName(item.name)}`)}   ${what}`;
}

/** Said before the question when the notes are both partners'. */
export const BOTH_OF_YOU =
  'These notes are of both of you: delete them only if you both agree. Copies you exported or printed are not touched: delete those yourselves.';
export const COPIES_KEPT =
  'Copies you exported or printed are not touched: delete those yourselves.';

/**
 * "Delete 6 files for good: 3 sessions, 2 check-ins, 1 unfinished session (and the agreements
 * written in them)? This cannot be undone. Type yes to delete:"
 */
export function question(items: readonly Item[]): string {
  const both = items.some((item) => item.shared) ? 'Do you both agree? ' : '';
  const parts = ORDER.flatMap((kind) => {
    const n = items.filter((item) => item.kind === kind).length;
    return n === 0 ? [] : [count(n, WORDS[kind])];
  });
  const agreements = items.some((i) => ['session', 'encrypted', 'unfinished'].includes(i.kind))
    ? ' (and the agreements written in them)'
    : '';
  return (
    `${both}Delete ${count(filesIn(items), ['file', 'files'])} for good: ${parts.join(', ')}${agreements}? ` +
    'This cannot be undone. Type yes to delete:'
  );
}

export function lockedMessage(item: Item): string {
  const which = item.lockedBy ? ` (process ${item.lockedBy})` : '';
  return (
    `The unfinished session ${printableName(item.name)} is open in a running talkturn${which}, ` +
    `so it was kept: finish or close it there, then run ${talkturnCommand('forget')} again.`
  );
}

export function keptDamagedMessage(item: Item): string {
  const name = printableName(item.name);
  return (
    `Kept ${name}: it is named like talkturn notes but does not read as them, so it may be ` +
    `someone's own file; to delete it anyway, run ${talkturnCommand(`forget ${name}`)}.`
  );
}

const REASON: Record<ReturnType<typeof classify>, string> = {
  'disk-full': 'the disk reported it is full',
  'read-only': 'the disk is read-only',
  permission: 'talkturn is not allowed to remove it (check the folder permissions)',
  missing: 'the folder is missing',
  'not-a-folder': 'its folder is not a folder',
  io: 'the disk reported an error',
};

export function failedMessage(file: string, error: unknown): string {
  const reason = REASON[classify(sysCodeOf(error))];
  return `Could not delete ${printableName(path.basename(file))}: ${reason}.`;
}

export function notOverwrittenMessage(file: string): string {
  return (
    `${printableName(path.basename(file))} was deleted, but its old bytes could not be ` +
    'overwritten first.'
  );
}

export function unknownMessage(unknown: readonly string[]): string {
  const names = unknown.map((n) => `"${printableName(n)}"`).join(', ');
  return `No notes match ${names}, so nothing was deleted: run ${talkturnCommand('forget')} on its own to see each one's name.`;
}

export const CHOOSE =
  'Choose what to forget: type its name as shown above, or a whole day (like 2026-11-24), or use --all.';
export const CHOOSE_EMPTY =
  'Choose what to forget: type a name, or a whole day (like 2026-11-24), or use --all.';
export const EITHER = 'Choose either sessions (by name or day) or --all, not both.';
/** Said only when it happens: naming the command looks at how talkturn was started. */
export const noTerminal = (): string =>
  `${talkturnCommand('forget')} asks before deleting and there is no terminal to ask in, so nothing was deleted: add --yes to delete without asking.`;
export const NOTHING = 'There are no talkturn notes to forget in the notes folder.';
export const NOT_CONFIRMED = 'Nothing was deleted.';
