// A starting list of questions, as a therapist might hand it to a couple: a markdown file with
// one `## ` heading per question (a deck file reads the same way). Everything else is left out:
// front matter, a `# ` title, notes under a heading. See docs/questions.md.
import type { LedgerRecord, Question } from './types.js';
import { MAX_QUESTION_CHARS } from '../session/limits.js';
import { words } from '../words/index.js';

export interface ListProblem {
  line: number;
  message: string;
}

export function parseStartingList(text: string): { questions: string[]; problems: ListProblem[] } {
  const questions: string[] = [];
  const problems: ListProblem[] = [];
  let inFrontMatter = false;
  text.split(/\r?\n/).forEach((line, index) => {
    if (index === 0 && line.trim() === '---') {
      inFrontMatter = true;
      return;
    }
    if (inFrontMatter) {
      if (line.trim() === '---') inFrontMatter = false;
      return;
    }
    const heading = /^ {0,3}##(?!#)\s*(.*?)\s*#*\s*$/.exec(line);
    if (!heading) return;
    const question = heading[1] ?? '';
    if (question === '')
      problems.push({ line: index + 1, message: words().questions.importNoQuestion });
    else if ([...question].length > MAX_QUESTION_CHARS)
      problems.push({
        line: index + 1,
        message: words().questions.importTooLong(MAX_QUESTION_CHARS),
      });
    else questions.push(question);
  });
  if (questions.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: words().questions.importNone });
  }
  return { questions, problems };
}

/** The records that add a list's questions for one asker, leaving out those already open. */
export function importRecords(
  questions: readonly string[],
  existing: readonly Question[],
  by: string,
  at: string,
  newId: () => string,
): LedgerRecord[] {
  const known = new Set(
    existing.filter((q) => q.by === by).map((q) => q.text.trim().toLowerCase()),
  );
  const records: LedgerRecord[] = [];
  for (const text of questions) {
    const key = text.trim().toLowerCase();
    if (known.has(key)) continue;
    known.add(key);
    records.push({ t: 'ask', id: newId(), text, by, at });
  }
  return records;
}
