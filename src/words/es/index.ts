// El catálogo en español: cada palabra que talkturn muestra o escribe, un archivo por área. Su
// forma es la del inglés (`Catalogue`): si falta una palabra, el compilador lo dice.
import type { Catalogue } from '../index.js';
import { common } from './common.js';
import { languages } from './languages.js';
import { limits } from './limits.js';

export const es: Catalogue = {
  common,
  languages,
  limits,
};
