// Palabras que salen en más de una pantalla o en más de una orden. Llanas, cálidas, cortas.
// A la pareja no se le habla de vosotros ni de ustedes (cambia de un país a otro): a quien
// tiene el turno, de tú; a los dos, con formas impersonales o en primera persona del plural.
import type { Catalogue } from '../index.js';
import { forms } from '../plural-forms.js';

export const common: Catalogue['common'] = {
  pauseReminder:
    'Hacer una pausa no es fallar. Es una forma de cuidarse el uno al otro, y de cuidar esta charla.',
  listenerAsk: 'escucha. Sin interrumpir ni defenderte.',
  timeUp: 'Se acabó el tiempo. Termina tu idea y pulsa Enter.',
  nearEnd:
    'Queda poco del tiempo puesto para hoy. Cuando acabe este turno, se puede ir al cierre (F).',
  untitledTalk: 'Una conversación',
  ratherNotSay: 'Preferimos no decirlo',
  typeHere: 'Escribe aquí y pulsa Enter.',
  promptOf: (number: number, total: number) => `Pregunta ${number} de ${total}`,
  turnOf: (round: number, rounds: number) => ` · turno ${round} de ${rounds}`,
  emptyIsFine: 'Puedes dejarlo vacío: pulsa Enter para seguir.',
  manyLoops:
    'Ya van unas cuantas vueltas, y no pasa nada. Se puede hacer una pausa (P), o saltar esta pregunta por ahora (S) y volver a ella otro día.',
  manyLoopsShort: 'Varias vueltas, y no pasa nada: P pausa, S salta.',
  chooseOwnName: 'Cada uno pulsa el número que está junto a su nombre.',
  chooseHow: 'Elige con ↑↓, o escribe el número que hay junto a cada opción.',
  moreChoices: (arrow: string, count: number) => `${arrow} ${count} más`,
  waitingDigit: (digit: string) => `${digit}… Enter para el ${digit}, o su segunda cifra`,
  moreLines: (arrows: string, lines: string) => `${arrows} ${lines} más`,
  lines: forms({ one: 'línea', other: 'líneas' }),
  fieldFull: (max: string) =>
    `Este campo está lleno: admite ${max} caracteres, y el resto se dejó fuera.`,
  pageEnd: (moreKey: string) => `… eso es todo. ${moreKey} vuelve al principio.`,
  pageMore: (moreKey: string) => `… hay más abajo: pulsa ${moreKey}.`,
};
