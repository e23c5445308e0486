// Palabras para los límites que comparten todas las entradas (session/limits.ts).
import type { Catalogue } from '../index.js';

export const limits: Catalogue['limits'] = {
  atLeast: (flag: string, least: string) => `${flag} tiene que ser de al menos ${least}.`,
};
