// Palabras que salen en más de una pantalla o en más de una orden. Llanas, cálidas, cortas.
// A la pareja no se le habla de vosotros ni de ustedes (cambia de un país a otro): a quien
// tiene el turno, de tú; a los dos, con formas impersonales o en primera persona del plural.
import type { Catalogue } from '../index.js';

export const common: Catalogue['common'] = {
  pauseReminder:
    'Hacer una pausa no es fallar. Es una forma de cuidarse el uno al otro, y de cuidar esta charla.',
  listenerAsk: 'escucha. Sin interrumpir ni defenderte.',
  timeUp: 'Se acabó el tiempo. Termina tu idea y pulsa Enter.',
  nearEnd:
    'Queda poco del tiempo puesto para hoy. Cuando acabe este turno, se puede ir al cierre (F).',
  emptyIsFine: 'Puedes dejarlo vacío: pulsa Enter para seguir.',
  manyLoops:
    'Ya van unas cuantas vueltas, y no pasa nada. Se puede hacer una pausa (P), o saltar esta pregunta por ahora (S) y volver a ella otro día.',
  manyLoopsShort: 'Varias vueltas, y no pasa nada: P pausa, S salta.',
};
