// What `talkturn decks` says, and every problem a deck check reports ("file:line: what is
// wrong"). The deck format's own words ("Floor:", "Speaker:", "both") are the format, not these.

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
    leftOut: {
      one: 'This deck file has a problem and was left out:',
      other: 'These deck files have problems and were left out:',
    },
    /** "3m turns", "10m each" (a solo deck). The length stays in the flags' form. */
    turns: (length: string, solo: boolean) => `${length} ${solo ? 'each' : 'turns'}`,
    solo: 'on your own, writing',
    isDefault: ' (the default)',
    prompts: { one: '# prompt', other: '# prompts' },
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
    aList: 'a list',
    aGroup: 'a group of settings',
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
};
