// The command line's words: --help descriptions, usage errors, passphrase prompts, last-resort
// errors. Commander lays the help out; its headings and "[options]" come from here too.

const sessionNotesDir = 'where session notes are saved (or TALKTURN_NOTES_DIR)';
const twoNames = 'the two partners\' names, like "Sam,Alex"';
const noBell = "no bell when a turn's time is up";

export const cli = {
  help: {
    program: 'A calm, timed, turn-taking conversation for two partners rebuilding trust.',
    version: 'show the version',
    help: 'show this help',
    debug: 'show technical details when something goes wrong',
    usage: '[options] [command]',
    /** A command's usage and its line in the list of commands: "start [options]". */
    options: '[options]',
    notes: '[notes...]',
    /** What a flag takes, as its help line names it: `--names <names>`. */
    values: {
      code: 'code',
      date: 'date',
      deck: 'deck',
      dir: 'dir',
      file: 'file',
      format: 'format',
      length: 'length',
      n: 'n',
      name: 'name',
      names: 'names',
    },
    /** Commander's headings, by the English heading it asks for. */
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
      'Global Options:': 'Global Options:',
    } as Record<string, string>,
    start: 'start a session directly',
    names: twoNames,
    deck: (decksCommand: string) => `a deck id (see ${decksCommand}) or a deck file`,
    turn: 'time on the floor for each turn, like 90s, 3m or 1m30s',
    rounds: 'how many prompts of the deck to cover',
    max: "the whole session's time box, like 45m",
    quiet: noBell,
    notesDir: sessionNotesDir,
    encrypt: 'lock the notes with a passphrase (asked for, never typed here)',
    resume: 'carry on with a session that was interrupted',
    decks: 'list the prompt decks, or check a deck file',
    check: 'check a deck file and report any problem with its line',
    checkin: 'the short daily check-in, a few minutes for the two of you',
    encryptCheckin: 'lock the check-in with a passphrase (asked for, never typed here)',
    questions: 'the questions you keep between talks (and a moment that hurt)',
    moment: 'write down a moment that hurt, privately',
    encryptQuestions: 'lock your questions with a passphrase (asked for, never typed here)',
    import: 'add a starting list of questions (one "## " heading each)',
    by: 'with --import: the partner who will ask them',
    history: 'past sessions and check-ins, what you agreed to try, and how you have felt',
    numbers: 'show how safe and close this one of you has felt over time',
    export: 'gather sessions, agreements and check-ins into one document',
    since: 'from this day on, like 2026-11-01',
    until: 'up to and including this day',
    out: 'write to this file (readable only by you) instead of the screen',
    force: 'replace the --out file if it already exists',
    forTherapy: 'a one-page brief for your therapist, once you both approve it',
    format: 'the brief as md or html (a page to print from any browser)',
    approvedBy: 'without a terminal: both of you approve the brief, "A,B"',
    shareNumbers: 'with --approved-by: you both agree to share check-in numbers',
    forget: 'delete sessions and check-ins for good (name them, or --all)',
    forgetNotes: 'notes to delete, by file name or by day (YYYY-MM-DD)',
    all: 'every session, check-in, unfinished session, and your questions',
    yes: 'do not ask first (for scripts)',
  },
  /** What stands for a value in a command line to copy: "decks --check FILE". */
  placeholders: { file: 'FILE', value: 'VALUE', deckId: 'ID', deckFile: 'my-deck.md' },
  errors: {
    seeHelp: (helpCommand: string) => `run ${helpCommand} to see what it accepts`,
    didYouMean: (suggestion: string) => `did you mean ${suggestion}?`,
    unknownOption: (option: string, hint: string) =>
      `talkturn does not know the option ${option}: ${hint}`,
    unknownCommand: (command: string, hint: string) =>
      `talkturn has no command called "${command}": ${hint}`,
    missingValue: (flag: string, example: string) =>
      `${flag} needs a value after it, like ${example}.`,
    extraWords: (example: string) =>
      `That command takes no extra words: put options after it, like ${example}.`,
    missingArgument: (seeHelp: string) => `Something is missing after the command: ${seeHelp}.`,
    checkinNames: 'A check-in is for two: give both names, like --names "Sam,Alex".',
    importBy: 'Say who will ask these questions, like --by "Sam".',
    unexpected: (message: string) =>
      `Something went wrong that talkturn did not expect (${message}). Run it again with --debug to see the details.`,
    cannotWriteTerminal: (code: string) => `talkturn could not write to the terminal (${code}).`,
    needsTerminal:
      'talkturn needs an interactive terminal: run it directly in a terminal window, not through a pipe or a script.',
    soloNames: (deck: string) => `"${deck}" is for one person: give one name, like --names "Sam".`,
    twoNames: 'A talk needs two names, one for each partner, like --names "Sam,Alex".',
  },
  flags: {
    deckValue: 'a deck id or a file',
    folderValue: 'a folder',
    namesCount: (count: number) =>
      `--names takes two names separated by one comma, like --names "Sam,Alex" (got ${count}).`,
    namesEmpty: '--names needs a name on each side of the comma, like --names "Sam,Alex".',
    nameTooLong: (max: number) => `Each name can be at most ${max} characters; try a shorter one.`,
    nameControl: 'A name cannot contain control characters; type it plainly.',
    namesSame:
      'The two names are the same: use names that tell you apart on screen, like --names "Sam,Sam B".',
    notALength: (flag: string, text: string) =>
      `${flag} "${text}" is not a length of time: use a form like 90s, 3m or 1m30s.`,
    notPositive: (flag: string) => `${flag} must be longer than zero, like 90s or 3m.`,
    tooLong: (flag: string, max: string) => `${flag} can be at most ${max}.`,
    rounds: (text: string) =>
      `--rounds must be a whole number of prompts, 1 or more (got "${text}").`,
    needs: (flag: string, what: string) => `${flag} needs ${what}.`,
  },
  /** Said once, when a notes folder others could read is made private. */
  madePrivate: (was: string, dir: string) =>
    `Your notes folder could be read by other accounts on this computer (${was}); it is now private to you (0700): ${dir}`,
  passphrase: {
    lockedNotes:
      'Some notes are locked with a passphrase. Type it to include them, or press Enter to leave them out: ',
    newIntro:
      'These notes will be locked with a passphrase. Without it nobody can read them, not even you:\n' +
      'choose something you will remember, like a short sentence.\n',
    prompt: 'Passphrase: ',
    tooShort: (min: number) =>
      `Please use at least ${min} characters; a few words together is easiest.\n`,
    again: 'Once more, to be sure: ',
    noMatch: 'The two did not match. Let us try again.\n',
  },
};
