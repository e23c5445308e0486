// Every broken deck in the corpus gives its exact message and line, through `talkturn decks --check`.
import { describe, expect, it } from 'vitest';
import { runDecksCommand } from '../../src/decks/index.js';

const DIR = 'test/fixtures/decks/broken';

const FLOOR_VALUES =
  'write "Floor: both", "Floor: repairing" (the partner repairing trust) or "Floor: hurt" (the partner who was hurt)';
const NO_PROMPTS =
  'the deck has no prompts: add one "## " heading per prompt, such as "## What do you need from me?"';
const EMPTY_HEADING =
  'this ## heading has no words: write the prompt after ##, such as "## What do you need from me?"';
const EMPTY_FILE =
  'the file is empty: a deck needs front matter (id, title) and at least one "## " prompt';

/** [file, [line or null, message][]] */
const CASES: [string, [number | null, string][]][] = [
  ['empty.md', [[null, EMPTY_FILE]]],
  ['blank.md', [[null, EMPTY_FILE]]],
  [
    'no-front-matter.md',
    [
      [
        1,
        'the deck has no front matter: start the file with a line "---", then settings such as "id: my-deck" and "title: …", then another "---"',
      ],
    ],
  ],
  [
    'unclosed-front-matter.md',
    [[1, 'the front matter that starts here is never closed: add a line "---" before line 5']],
  ],
  [
    'yaml-colon.md',
    [
      [
        3,
        'the value of title has a colon in it: put the whole value in quotes, as title: "Us: after"',
      ],
    ],
  ],
  [
    'yaml-unclosed-quote.md',
    [[3, 'a quote mark opens here but never closes: end the value with the same quote mark']],
  ],
  ['yaml-tab.md', [[5, 'this line is indented with a tab: use spaces, or no indent at all']]],
  ['yaml-duplicate.md', [[4, '"title" is set twice: keep only one']]],
  [
    'yaml-and-no-prompts.md',
    [
      [
        3,
        'the value of summary starts with [, which YAML reads as a list: put the whole value in quotes',
      ],
      [null, NO_PROMPTS],
    ],
  ],
  [
    'front-matter-list.md',
    [
      [
        2,
        'the front matter is a list, not settings: write one setting per line as name: value, such as "id: my-deck"',
      ],
    ],
  ],
  [
    'front-matter-text.md',
    [
      [
        2,
        'the front matter is a line of text, not settings: write one setting per line as name: value, such as "id: my-deck"',
      ],
    ],
  ],
  [
    'front-matter-empty.md',
    [
      [
        1,
        'the front matter is empty: add settings such as "id: my-deck" and "title: …" between the "---" lines',
      ],
    ],
  ],
  [
    'missing-id.md',
    [
      [
        1,
        'the front matter has no id: add a line such as "id: my-deck" (lowercase letters, digits and dashes)',
      ],
    ],
  ],
  ['empty-id.md', [[2, 'id is empty: write a simple name after "id:", such as "id: my-deck"']]],
  [
    'missing-title.md',
    [[1, 'the front matter has no title: add a line such as "title: Talking about what happened"']],
  ],
  [
    'empty-title.md',
    [[3, 'title is empty: write it after "title:", such as "title: Talking about what happened"']],
  ],
  ['title-list.md', [[3, 'title must be text, not a list']]],
  [
    'id-not-slug.md',
    [
      [
        2,
        'id "My Deck" is not a simple name: use lowercase letters, digits and dashes, such as "my-deck"',
      ],
    ],
  ],
  ['turn-abc.md', [[4, 'turn must be a length of time such as 3m, 90s or 1m30s, not "abc"']]],
  [
    'turn-number.md',
    [
      [
        4,
        'turn must be a length of time such as 3m, 90s or 1m30s, not 3 (add m for minutes or s for seconds)',
      ],
    ],
  ],
  ['turn-too-long.md', [[4, 'turn must be between 10s and 1h, not 3h']]],
  ['solo-string.md', [[4, 'solo must be true or false, not "yes"']]],
  ['validate-yes.md', [[4, 'validate must be true or false, not "yes"']]],
  [
    'unknown-setting.md',
    [
      [
        4,
        '"empathise" is not a deck setting: did you mean "empathize"? (the settings are id, title, summary, practice, turn, max, solo, validate, empathize, lang)',
      ],
    ],
  ],
  [
    'floor-setting.md',
    [
      [
        4,
        'who takes the floor is set for each prompt, not here: put a line such as "Floor: hurt" under the prompt\'s ## heading',
      ],
    ],
  ],
  [
    'max-shorter.md',
    [
      [
        5,
        'max, the time for the whole session, is shorter than one turn: make it longer than turn',
      ],
    ],
  ],
  [
    'solo-validate.md',
    [
      [
        5,
        'validate has no effect in a solo deck, where no one listens: remove it, or remove "solo: true"',
      ],
    ],
  ],
  [
    'solo-floor.md',
    [
      [9, 'a solo deck has one person writing, so "Floor:" has no effect: remove this line'],
      [
        11,
        'a solo deck has no listener, so "Listener:" guidance is never shown: write it as plain guidance instead',
      ],
    ],
  ],
  ['no-prompts.md', [[null, NO_PROMPTS]]],
  [
    'single-hash.md',
    [
      [
        null,
        'the deck has no prompts: this file has "# " headings, and a prompt needs two #, as "## What do you need from me?"',
      ],
    ],
  ],
  ['empty-heading.md', [[8, EMPTY_HEADING]]],
  [
    'no-space-heading.md',
    [[6, 'put a space after ## to make this line a prompt: "## What hurt the most?"']],
  ],
  [
    'bad-floor.md',
    [[8, `"repair" is not a floor the app knows (did you mean repairing?): ${FLOOR_VALUES}`]],
  ],
  [
    'two-floors.md',
    [[8, 'this prompt already says who takes the floor on line 7: keep one "Floor:" line']],
  ],
  [
    'empty-speaker.md',
    [
      [
        8,
        '"Speaker:" has no guidance after it: write the guidance after the colon, or remove the line',
      ],
    ],
  ],
  [
    'label-in-intro.md',
    [
      [
        6,
        '"Floor:" is above the first prompt: move it under the ## heading of the prompt it is for',
      ],
    ],
  ],
  [
    'heading-after-prompts.md',
    [
      [
        8,
        'a "# " heading after the first prompt: write each prompt with two #, as "## …", or remove this line',
      ],
    ],
  ],
  [
    'many-problems.md',
    [
      [1, 'the front matter has no title: add a line such as "title: Talking about what happened"'],
      [
        2,
        'id "Many Problems" is not a simple name: use lowercase letters, digits and dashes, such as "many-problems"',
      ],
      [3, 'turn must be a length of time such as 3m, 90s or 1m30s, not "soon"'],
      [8, `"someone" is not a floor the app knows: ${FLOOR_VALUES}`],
      [10, EMPTY_HEADING],
    ],
  ],
  ['crlf.md', [[4, 'turn must be a length of time such as 3m, 90s or 1m30s, not "abc"']]],
  ['binary.md', [[null, 'this is not a text file: a deck is a markdown file saved as plain text']]],
  ['latin1.md', [[6, 'this line is not UTF-8 text: save the file as UTF-8 in your editor']]],
  ['utf16.md', [[null, 'this file is saved as UTF-16: save it as UTF-8 text in your editor']]],
];

async function check(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDecksCommand({
    check: file,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

describe('broken decks', () => {
  it.each(CASES)('%s', async (name, expected) => {
    const file = `${DIR}/${name}`;
    const { code, out, err } = await check(file);
    expect(err).toEqual(
      expected.map(([line, message]) =>
        line === null ? `${file}: ${message}` : `${file}:${line}: ${message}`,
      ),
    );
    expect(out).toEqual([]);
    expect(code).toBe(1);
  });

  it('covers every file in the corpus', async () => {
    const { readdir } = await import('node:fs/promises');
    const names = (await readdir(DIR)).sort();
    expect(names).toEqual(CASES.map(([name]) => name).sort());
  });

  it('reports a path that does not exist', async () => {
    const file = `${DIR}/not-there.md`;
    const { code, err } = await check(file);
    expect(err).toEqual([`${file}: there is no such file: check the path and its spelling`]);
    expect(code).toBe(1);
  });

  it('reports a folder given as a deck', async () => {
    const { code, err } = await check(DIR);
    expect(err).toEqual([
      `${DIR}: this is a folder, not a deck file: give the path of a deck file (.md) inside it`,
    ]);
    expect(code).toBe(1);
  });
});
