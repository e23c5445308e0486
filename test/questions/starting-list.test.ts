// A therapist's starting list: one "## " heading per question, added with
// `talkturn questions --import FILE --by NAME`; a list that does not read says file:line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLedgerFile } from '../../src/questions/ledger-file.js';
import { parseStartingList } from '../../src/questions/starting-list.js';
import { ensureBuilt, runCli } from '../cli/run-cli.js';

beforeAll(ensureBuilt);

const LIST = `---
from: Dr. Rivera
---
# Questions to begin with

Take them one at a time.

## What did it mean to you?

A note for the couple, left out.

## What were you feeling in the weeks before?
### Not a question (a smaller heading)
`;

describe('a starting list of questions', () => {
  it('reads one question per "## " heading, and nothing else', () => {
    expect(parseStartingList(LIST)).toEqual({
      questions: ['What did it mean to you?', 'What were you feeling in the weeks before?'],
      problems: [],
    });
    expect(parseStartingList('## What?\n##\n').problems).toEqual([
      { line: 2, message: 'this heading has no question' },
    ]);
  });

  it('is added to the ledger for the one who will ask, once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talkturn-list-'));
    const list = path.join(dir, 'list.md');
    fs.writeFileSync(list, LIST);
    const env = { TALKTURN_NOTES_DIR: path.join(dir, 'notes') };
    const first = runCli(['questions', '--import', list, '--by', 'Ben'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Added 2 questions for Ben to ask');
    const again = runCli(['questions', '--import', list, '--by', 'Ben'], env);
    expect(again.stdout).toContain('Added 0 questions for Ben to ask (2 already there)');
    const file = await openLedgerFile(path.join(dir, 'notes'));
    expect(file.ledger().questions.map((q) => [q.by, q.text, q.status])).toEqual([
      ['Ben', 'What did it mean to you?', 'open'],
      ['Ben', 'What were you feeling in the weeks before?', 'open'],
    ]);
    file.close();

    fs.writeFileSync(list, '# Only a title\n');
    const broken = runCli(['questions', '--import', list, '--by', 'Ben'], env);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${list}:1: no questions found`);
    const nobody = runCli(['questions', '--import', list], env);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('Say who will ask these questions');
  });
});
