// What `talkturn decks` says, and every problem a deck check reports ("file:line: what is
// wrong"). The deck format's own words ("Floor:", "Speaker:", "both") are the format, not these.
import { forms } from '../plural-forms.js';

export const decks = {
  body: {
    spaceAfterHashes: (rest: string) =>
      `put a space after ## to make this line a prompt: "## ${rest}"`,
    emptyHeading:
      'this ## heading has no words: write the prompt after ##, such as "## What do you need from me?"',
    titleAfterPrompt:
      'a "# " heading after the first prompt: write each prompt with two #, as "## …", or remove this line',
    noPrompts: 'the deck has no prompts',
    oneHashHeadings:
      ': this file has "# " headings, and a prompt needs two #, as "## What do you need from me?"',
    addHeadings: ': add one "## " heading per prompt, such as "## What do you need from me?"',
    labelAboveFirst: (label: string) =>
      `"${label}:" is above the first prompt: move it under the ## heading of the prompt it is for`,
    soloFloor: 'a solo deck has one person writing, so "Floor:" has no effect: remove this line',
    floorTwice: (line: number) =>
      `this prompt already says who takes the floor on line ${line}: keep one "Floor:" line`,
    soloListener:
      'a solo deck has no listener, so "Listener:" guidance is never shown: write it as plain guidance instead',
    emptyLabel: (label: string) =>
      `"${label}:" has no guidance after it: write the guidance after the colon, or remove the line`,
    unknownFloor: (value: string) => `"${value}" is not a floor the app knows`,
    floorNeedsValue: '"Floor:" needs a value',
    didYouMean: (match: string) => ` (did you mean ${match}?)`,
    floors:
      ': write "Floor: both", "Floor: repairing" (the partner repairing trust) or "Floor: hurt" (the partner who was hurt)',
  },
  list: {
    builtIn: 'Built-in decks',
    noneOfYours: (folder: string) =>
      `Your decks: none yet. Save a deck file (.md) in ${folder} to see it here.`,
    yours: (folder: string) => `Your decks (in ${folder})`,
    startWith: (command: string) => `Start with a deck:   ${command}`,
    checkFile: (command: string) => `Check a deck file:   ${command}`,
    leftOut: forms({
      one: 'This deck file has a problem and was left out:',
      other: 'These deck files have problems and were left out:',
    }),
    /** "3m turns", "10m each" (a solo deck). The length stays in the flags' form. */
    turns: (length: string, solo: boolean) => `${length} ${solo ? 'each' : 'turns'}`,
    solo: 'on your own, writing',
    isDefault: ' (the default)',
    prompts: forms({ one: '# prompt', other: '# prompts' }),
  },
  check: {
    ok: (file: string, title: string, id: string, prompts: string) =>
      `${file}: ok, "${title}" (id ${id}, ${prompts})`,
    shadowed: (file: string, id: string) =>
      `${file}: note: a built-in deck already has the id "${id}", so this file would be left out of your decks folder; give it another id to use it from there`,
  },
  files: {
    folder: 'this is a folder, not a deck file: give the path of a deck file (.md) inside it',
    notRegular: 'this is not a regular file: give the path of a deck file (.md)',
    tooLarge: 'this file is too large to be a deck (over 1 MB): a deck is a short markdown file',
    utf16: 'this file is saved as UTF-16: save it as UTF-8 text in your editor',
    notText: 'this is not a text file: a deck is a markdown file saved as plain text',
    notUtf8: 'this line is not UTF-8 text: save the file as UTF-8 in your editor',
    noSuchFile: 'there is no such file: check the path and its spelling',
    notAllowed: 'talkturn is not allowed to read this: check its permissions',
    loop: 'this is a link that points back to itself: give the path of the deck file itself',
    unreadable: (code: string) =>
      `this could not be read${code ? ` (${code})` : ''}: check that the file is there and readable`,
  },
  frontMatter: {
    emptyFile:
      'the file is empty: a deck needs front matter (id, title) and at least one "## " prompt',
    none: 'the deck has no front matter: start the file with a line "---", then settings such as "id: my-deck" and "title: …", then another "---"',
    afterSettings: 'after the settings',
    beforeLine: (line: number) => `before line ${line}`,
    neverClosed: (where: string) =>
      `the front matter that starts here is never closed: add a line "---" ${where}`,
    empty:
      'the front matter is empty: add settings such as "id: my-deck" and "title: …" between the "---" lines',
    aLineOfText: 'a line of text',
    notSettings: (kind: string) =>
      `the front matter is ${kind}, not settings: write one setting per line as name: value, such as "id: my-deck"`,
    unreadable: 'the front matter could not be read: keep it to plain settings',
    thisSetting: 'this setting',
    setTwice: (key: string) => `"${key}" is set twice: keep only one`,
    tab: 'this line is indented with a tab: use spaces, or no indent at all',
    openQuote: 'a quote mark opens here but never closes: end the value with the same quote mark',
    thisCharacter: 'this character',
    badStart: (char: string) => `a value cannot start with ${char}: put the whole value in quotes`,
    notYaml: (what: string) => `the front matter is not valid YAML here (${what})`,
    bracket: (key: string, bracket: string, kind: string) =>
      `the value of ${key} starts with ${bracket}, which YAML reads as ${kind}: put the whole value in quotes`,
    colon: (key: string, quoted: string) =>
      `the value of ${key} has a colon in it: put the whole value in quotes, as ${key}: ${quoted}`,
    unreadableLine:
      'this line could not be read as a setting: write each setting on its own line as name: value, starting at the beginning of the line',
  },
  settings: {
    missing: (key: string, example: string) =>
      `the front matter has no ${key}: add a line such as "${key}: ${example}"`,
    empty: (key: string, example: string) =>
      `${key} is empty: write it after "${key}:", such as "${key}: ${example}"`,
    notText: (key: string, value: string) => `${key} must be text, not ${value}`,
    notFlag: (key: string, value: string) => `${key} must be true or false, not ${value}`,
    lengthExample: (usual: string) => `such as ${usual}, 90s or 1m30s`,
    notLength: (key: string, example: string, value: string) =>
      `${key} must be a length of time ${example}, not ${value}`,
    addUnit: ' (add m for minutes or s for seconds)',
    between: (key: string, min: string, max: string, value: string) =>
      `${key} must be between ${min} and ${max}, not ${value}`,
    noId: 'the front matter has no id: add a line such as "id: my-deck" (lowercase letters, digits and dashes)',
    emptyId: 'id is empty: write a simple name after "id:", such as "id: my-deck"',
    idNotText: (value: string) => `id must be a simple name such as "my-deck", not ${value}`,
    idTooLong: (max: number) => `id is too long: keep it under ${max} characters`,
    idNotSimple: (id: string, example: string) =>
      `id ${id} is not a simple name: use lowercase letters, digits and dashes, such as "${example}"`,
    titleExample: 'Talking about what happened',
    floorHere:
      'who takes the floor is set for each prompt, not here: put a line such as "Floor: hurt" under the prompt\'s ## heading',
    promptsHere:
      'prompts are not a setting: write each prompt below the front matter as a "## " heading',
    didYouMean: (match: string) => `: did you mean "${match}"?`,
    unknown: (key: string, hint: string, settings: string) =>
      `"${key}" is not a deck setting${hint} (the settings are ${settings})`,
    soloNoEffect: (key: string) =>
      `${key} has no effect in a solo deck, where no one listens: remove it, or remove "solo: true"`,
    maxShorter:
      'max, the time for the whole session, is shorter than one turn: make it longer than turn',
    /** How a value is named in a message: `describeValue` in decks/text.ts. */
    emptyValue: 'empty',
    aList: 'a list',
    aGroup: 'a group of settings',
  },
  library: {
    aBuiltIn: 'a built-in deck',
    theDeckIn: (file: string) => `the deck in ${file}`,
    idTaken: (owner: string, id: string) =>
      `${owner} already has the id "${id}": give this deck another id`,
    folderIsFile: 'this should be a folder of deck files, but it is a file',
    giveDeck: (decksCommand: string) =>
      `Give a deck id or the path of a deck file. Run ${decksCommand} to see the decks you can use.`,
    didYouMean: (match: string) => ` (did you mean "${match}"?)`,
    noSuchDeck: (wanted: string, hint: string, decksCommand: string) =>
      `There is no deck called "${wanted}"${hint}. Run ${decksCommand} to see the decks you can use.`,
    builtInsMissing:
      'The built-in decks are missing: talkturn could not find its prompts folder. Reinstalling talkturn should bring them back.',
    cannotUse: 'This deck cannot be used.',
    moreProblems: forms({ one: '# more problem', other: '# more problems' }),
    /** " (and 2 more problems: run talkturn decks --check FILE to see them all)". */
    andMore: (more: string, checkCommand: string) =>
      ` (and ${more}: run ${checkCommand} to see them all)`,
  },
  /** The practices the built-in decks serve (from the project brief), by their key. */
  practices: {
    'start-where-you-are': 'Start where you are',
    'stop-pretending': 'Stop pretending it is fine',
    'hard-questions': 'Ask the hard questions, and listen',
    'safety-first': 'Safety before intimacy',
    'grief-in-waves': 'Grief without a deadline',
    'what-trust-looks-like': 'Define what trust looks like now',
    'own-your-part': 'Own your part without excuses',
    'show-up-every-day': 'Show up every day',
    'new-memories': 'Build new memories',
    'let-it-be-awkward': 'Let love feel awkward',
    'healing-over-winning': 'Choose healing over winning',
  },
};
