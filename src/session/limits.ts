// Every limit talkturn sets, in one place, so the command line, the decks, the screens and the
// notes agree. The lengths of time are the ones docs/decks.md states for decks; `--turn` and
// `--max` take the same upper bounds (they once stopped at 30 minutes and 4 hours).

/** One turn on the floor: a deck's `turn:`, `--turn`, the set-up's choice. */
export const TURN_MS = { min: 10_000, max: 3_600_000 } as const;

/** The time box for a whole talk: a deck's `max:`, `--max`. */
export const TIME_BOX_MS = { min: 60_000, max: 8 * 3_600_000 } as const;

// `--turn` and `--max` take these upper bounds but no lower one beyond "longer than zero": a
// deck is written to be used again and again, so it keeps the lower bounds above; a flag sets
// one session, often to try talkturn out (or in its own tests, whose turns run out in seconds).

/** A partner's name, in characters: it is drawn beside every turn and has to fit the screen. */
export const MAX_NAME_CHARS = 40;

/**
 * The most a field holds. Whatever a field takes, its note can hold and the history and the
 * export read back (see `MAX_NOTE_BYTES`); a longer paste keeps its first part, and the field
 * says it is full.
 */
export const MAX_FIELD_CHARS = 100_000;

/** A deck's id, and so the deck's part of a note's file name. */
export const MAX_DECK_ID_CHARS = 60;

/** One question in a starting list (`questions --import`). */
export const MAX_QUESTION_CHARS = 500;

/** Far larger than any deck; stops `decks --check` from reading a huge file by mistake. */
export const MAX_DECK_FILE_BYTES = 1024 * 1024;

/**
 * Far more than any session: a larger file is not one of ours, and is not read whole. A field
 * holds at most 100,000 characters, kept twice in its note (the body and the front matter) with
 * escapes; 64 MiB leaves room for dozens of full fields.
 */
export const MAX_NOTE_BYTES = 64 * 1024 * 1024;
