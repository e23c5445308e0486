// The footer's words: each command's key and what it does, and shorter words for a small terminal.
// The keys themselves (what is matched) are in src/ui/keys.ts; these are only what is shown.

/** A key as the footer shows it: "Ctrl+P pause", or its short form where room is tight. */
export interface KeyWords {
  label: string;
  does: string;
  /** The whole entry, shorter, for a small terminal. */
  short?: string;
}

export const keys = {
  // The brief for a therapist: lines are looked over, taken out, and the topics put in order.
  browse: { label: '↑↓', does: 'move', short: '↑↓ move' },
  takeOut: { label: 'X', does: 'take out or put back', short: 'X take out' },
  reorder: { label: 'U/D', does: 'topic up or down', short: 'U/D order' },
  continue: { label: 'Enter', does: 'continue', short: 'Enter go on' },
  endTurn: { label: 'Enter', does: 'done speaking', short: 'Enter done' },
  submit: { label: 'Enter', does: 'done' },
  newline: { label: 'Alt+Enter', does: 'new line', short: 'Alt+Enter line' },
  /** A list's real numbers, e.g. "1-12". */
  choose: {
    label: (numbers: string) => `↑↓ or ${numbers}`,
    does: 'choose',
    short: (numbers: string) => `${numbers} choose`,
  },
  // Where nothing is typed, P pauses too (some terminals keep Ctrl+P for themselves).
  pause: { label: 'P', does: 'pause' },
  pauseTyping: { label: 'Ctrl+P', does: 'pause' },
  skip: { label: 'S', does: 'skip prompt', short: 'S skip' },
  offRecord: { label: 'O', does: 'off the record', short: 'O off record' },
  onRecord: { label: 'O', does: 'back on the record', short: 'O on record' },
  feeling: { label: 'H', does: 'how are you?', short: 'H how are you' },
  closing: { label: 'F', does: 'to the closing', short: 'F close' },
  back: { label: 'Esc', does: 'back' },
  hide: { label: 'Ctrl+L', does: 'hide the screen', short: 'Ctrl+L hide' },
  // The check-in's 1 to 10: 0 stands for 10, so every number is one key.
  pickNumber: { label: '←→ or 1-9, 0 for 10', does: 'choose', short: '0-9 choose' },
  // "How are you doing?": a number answers at once; R says the heart is racing.
  answerNumber: { label: '1-9, 0 for 10', does: 'answer', short: '0-9 answer' },
  racing: { label: 'R', does: 'heart racing', short: 'R racing' },
  ratherNot: { label: 'N', does: 'rather not say', short: 'N not say' },
  // What did not fit on the screen, a page at a time; where text is typed, only Page Down.
  more: { label: 'M', does: 'more', short: 'M more' },
  moreTyping: { label: 'PgDn', does: 'more', short: 'PgDn more' },
  newQuestion: { label: 'N', does: 'new question', short: 'N new' },
  quit: { label: 'Ctrl+C', does: 'save and quit', short: 'Ctrl+C quit' },
  // Where nothing has been typed: Ctrl+C leaves, and nothing is written.
  stop: { label: 'Ctrl+C', does: 'stop, write nothing', short: 'Ctrl+C stop' },
};
