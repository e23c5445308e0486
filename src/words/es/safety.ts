// "Antes de empezar": lo que talkturn no es, y adónde acudir en su lugar. (Las líneas de ayuda
// de cada país: src/words/crisis-lines.ts.)
import type { Catalogue } from '../index.js';

export const safety: Catalogue['safety'] = {
  title: 'Antes de empezar',
  about:
    'talkturn lleva el tiempo y los turnos mientras la pareja habla, y guarda notas de lo que se entendió. No es terapia, y no sustituye a un profesional.',
  private: 'Todo se queda en este ordenador. No se envía nada a ningún sitio.',
};
