// What `talkturn forget` says, put together from the catalogue (`words().forget`): the list of
// what will go, the question, and the outcome.
import path from 'node:path';
import { classify, sysCodeOf } from '../notes/errors.js';
import { printableName } from '../notes/read-notes.js';
import type { Item, ItemKind } from './catalogue.js';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';
import { list, plural } from '../words/format.js';

const ORDER: ItemKind[] = [
  'session',
  'checkin',
  'encrypted',
  'damaged',
  'unfinished',
  'leftover',
  'questions',
];

/** "3 files". */
export const fileCount = (n: number): string => plural(n, words().forget.files);

export const filesIn = (items: readonly Item[]): number =>
  items.reduce((sum, item) => sum + item.files.length, 0);

/** One line per item, as shown before the question. */
export function listLine(item: Item): string {
  const files = item.files.length > 1 ? `, ${fileCount(item.files.length)}` : '';
  return `  ${printableName(item.name)} (${words().forget.kindName[item.kind]}${files})`;
}

/** "  talkturn forget 2026-11-24-1805-trust-basics   Tue 24 Nov 2026, 18:05 · Trust basics" */
export function nameLine(item: Item): string {
  const said = words().forget;
  const kind = said.kindName[item.kind];
  const what = item.label ?? (item.date ? said.ofDay(kind, item.date) : kind);
  return `  ${talkturnCommand(`forget ${printableName(item.name)}`)}   ${what}`;
}

/**
 * "Delete 6 files for good: 3 sessions, 2 check-ins, 1 unfinished session (and the agreements
 * written in them)? This cannot be undone. Type yes to delete:"
 */
export function question(items: readonly Item[]): string {
  const said = words().forget;
  const both = items.some((item) => item.shared) ? said.bothAgree : '';
  const parts = ORDER.flatMap((kind) => {
    const n = items.filter((item) => item.kind === kind).length;
    return n === 0 ? [] : [plural(n, said.kinds[kind])];
  });
  const agreements = items.some((i) => ['session', 'encrypted', 'unfinished'].includes(i.kind))
    ? said.withAgreements
    : '';
  return both + said.question(fileCount(filesIn(items)), list(parts, 'unit'), agreements);
}

export function lockedMessage(item: Item): string {
  const said = words().forget;
  const which = item.lockedBy ? said.lockedBy(String(item.lockedBy)) : '';
  return said.locked(printableName(item.name), which, talkturnCommand('forget'));
}

export function keptDamagedMessage(item: Item): string {
  const name = printableName(item.name);
  return words().forget.keptDamaged(name, talkturnCommand(`forget ${name}`));
}

export function failedMessage(file: string, error: unknown): string {
  const reason = words().forget.reasons[classify(sysCodeOf(error))];
  return words().forget.failed(printableName(path.basename(file)), reason);
}

export function notOverwrittenMessage(file: string): string {
  return words().forget.notOverwritten(printableName(path.basename(file)));
}

export function unknownMessage(unknown: readonly string[]): string {
  const names = list(unknown.map((n) => `"${printableName(n)}"`));
  return words().forget.unknown(names, talkturnCommand('forget'));
}

/** Said only when it happens: naming the command looks at how talkturn was started. */
export const noTerminal = (): string => words().forget.noTerminal(talkturnCommand('forget'));
