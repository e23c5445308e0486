// The guided set-up: names, deck, who is repairing trust, the turn's length, an unfinished
// session to carry on with.

export const setup = {
  names: {
    title: 'Who is talking today?',
    empty: 'Type a name first; a first name or a nickname is enough.',
    tooLong: 'That is a long name: something shorter will fit the screen.',
    taken: (taken: string, name: string) =>
      `${taken} is already taken: use a name that tells you apart, like "${name} B".`,
  },
  resume: {
    /** "Ana & Ben": the partners of an unfinished session, short. */
    partners: (names: readonly string[]) => names.join(' & '),
    earlier: 'an earlier time',
    damaged: ' (its last moment could not be read)',
    elsewhere: ' (open in another terminal)',
    aSession: 'a session',
    /** "Ana & Ben · The hard questions · started Tue 24 Nov, 18:05". */
    line: (who: string, deck: string, when: string, notes: string) =>
      `${who} · ${deck} · started ${when}${notes}`,
    carryOn: (session: string) => `Carry on: ${session}`,
    startNew: 'Start a new session',
    notNow: 'Not now',
    titleOne: 'An unfinished session',
    titleMany: 'Unfinished sessions',
    kept: 'Everything typed so far was kept. You can carry on where you left off.',
  },
  deckTitle: 'What would you like to talk about?',
  yourName: 'What is your name?',
  firstName: 'The first partner: what is your name?',
  secondName: 'And the second partner: what is your name?',
  role: {
    title: 'One gentle question',
    why: 'Some prompts in this deck are meant for one of you. If you like, say which of you is working to repair the trust. You can also leave it, and both of you answer every prompt.',
    note: 'This only decides who answers the prompts meant for one of you.',
    repairing: (name: string) => `${name} is repairing trust`,
  },
  turn: {
    title: 'How long is each turn?',
    note: 'The one speaking has this long; nobody is cut off when it ends.',
    /** The length stays in the flags' form ("3m"), as `--turn` takes it. */
    length: (length: string, suggested: boolean) =>
      `${length}${suggested ? ' (suggested for this deck)' : ''}`,
  },
};
