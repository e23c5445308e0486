// The English catalogue: every word talkturn shows or writes, one file per area. English is the
// source: its shape is the `Catalogue` type every other language must fill in whole.
import { brief } from './brief.js';
import { notes } from './notes.js';
import { common } from './common.js';
import { exportWords } from './export.js';
import { languages } from './languages.js';
import { limits } from './limits.js';

export const en = {
  brief,
  common,
  export: exportWords,
  languages,
  limits,
  notes,
};
