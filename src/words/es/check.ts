// "¿Lo entendí?": solo quien habló dice si el reflejo recogió lo que quería decir.
import type { Catalogue } from '../index.js';

export const check: Catalogue['check'] = {
  title: '¿Lo entendí?',
  yes: 'Sí',
  partly: 'En parte: hay más',
  notQuite: 'No del todo',
  missedStem: 'Lo que faltó es…',
  missedNote: (speaker: string) =>
    `Puedes dejarlo vacío: ${speaker} lo dirá en voz alta en su turno.`,
  missedAsk: ', en pocas palabras, ¿qué faltó? Esto va a las notas.',
  notYesHint: (speaker: string) =>
    `Si no es un sí, ${speaker} vuelve a tener la palabra para añadir lo que faltó.`,
  saidOutLoud: ' repitió en voz alta lo que escuchó. (Fuera de las notas: no se escribió nada.)',
  heard: ' escuchó:',
  didGetIt: (listener: string) => `, ¿${listener} lo entendió?`,
  chooseShort: (speaker: string) => `${speaker}, elige: ↑↓ o un número.`,
  choose: (speaker: string, listener: string) =>
    `${speaker}, elige tu respuesta: ↑↓ y Enter, o su número. Con Esc, ${listener} puede cambiar el reflejo.`,
};
