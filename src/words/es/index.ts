// El catálogo en español: cada palabra que talkturn muestra o escribe, un archivo por área. Su
// forma es la del inglés (`Catalogue`): si falta una palabra, el compilador lo dice.
import type { Catalogue } from '../index.js';
import { brief } from './brief.js';
import { check } from './check.js';
import { checkin } from './checkin.js';
import { checkinNote } from './checkin-note.js';
import { cli } from './cli.js';
import { closing } from './closing.js';
import { common } from './common.js';
import { countdown } from './countdown.js';
import { dates } from './dates.js';
import { decks } from './decks.js';
import { exportWords } from './export.js';
import { farewell } from './farewell.js';
import { feeling } from './feeling.js';
import { floor } from './floor.js';
import { forget } from './forget.js';
import { groundRules } from './ground-rules.js';
import { history } from './history.js';
import { keys } from './keys.js';
import { languages } from './languages.js';
import { listener } from './listener.js';
import { notes } from './notes.js';
import { notesErrors } from './notes-errors.js';
import { pause } from './pause.js';
import { review } from './review.js';
import { safety } from './safety.js';
import { saved } from './saved.js';
import { setup } from './setup.js';
import { smallWindow } from './small-window.js';
import { write } from './write.js';
import { questions } from './questions.js';

export const es: Catalogue = {
  brief,
  common,
  countdown,
  cli,
  closing,
  check,
  checkin,
  checkinNote,
  dates,
  decks,
  export: exportWords,
  farewell,
  feeling,
  floor,
  forget,
  groundRules,
  history,
  keys,
  languages,
  listener,
  notes,
  notesErrors,
  pause,
  review,
  safety,
  saved,
  setup,
  smallWindow,
  write,
  questions,
};
