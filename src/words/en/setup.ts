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
    /** "Tue 24 Nov, 18:05". */
    when: (day: string, time: string) => `${day}, ${time}`,
    carryOn: (session: string) => `Carry on: ${session}`,
    startNew: 'Start a new session',
    notNow: 'Not now',
    titleOne: 'An unfinished session',
    titleMany: 'Unfinished sessions',
    kept: 'Everything typed so far was kept. You can carry on where you left off.',
  },
};
