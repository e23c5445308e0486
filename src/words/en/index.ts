// The English catalogue: every word talkturn shows or writes, one file per area. English is the
// source: its shape is the `Catalogue` type every other language must fill in whole.
import { checkin } from './checkin.js';
import { checkinNote } from './checkin-note.js';
import { cli } from './cli.js';
import { common } from './common.js';
import { dates } from './dates.js';
import { decks } from './decks.js';
import { forget } from './forget.js';
import { history } from './history.js';
import { notesErrors } from './notes-errors.js';
import { questions } from './questions.js';

export const en = {
  common,
  cli,
  checkin,
  checkinNote,
  dates,
  decks,
  forget,
  history,
  notesErrors,
  questions,
};
