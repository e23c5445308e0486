// La preparación guiada: nombres, mazo, quién repara la confianza, la duración del turno, una
// charla sin terminar con la que seguir.
import type { Catalogue } from '../index.js';

export const setup: Catalogue['setup'] = {
  names: {
    title: '¿Quién habla hoy?',
    empty: 'Escribe primero un nombre; basta con el nombre o un apodo.',
    tooLong: 'Es un nombre largo: uno más corto cabrá en la pantalla.',
    taken: (taken: string, name: string) =>
      `${taken} ya está elegido: usa un nombre que se distinga, como "${name} B".`,
  },
  resume: {
    partners: (names: readonly string[]) => names.join(' y '),
    earlier: 'otro momento',
    damaged: ' (no se pudo leer su último momento)',
    elsewhere: ' (abierta en otra terminal)',
    aSession: 'una charla',
    line: (who: string, deck: string, when: string, notes: string) =>
      `${who} · ${deck} · empezada el ${when}${notes}`,
    carryOn: (session: string) => `Seguir: ${session}`,
    startNew: 'Empezar una charla nueva',
    notNow: 'Ahora no',
    titleOne: 'Una charla sin terminar',
    titleMany: 'Charlas sin terminar',
    kept: 'Todo lo escrito hasta ahora se guardó. Se puede seguir donde se dejó.',
  },
  deckTitle: '¿De qué queremos hablar?',
  yourName: '¿Cómo te llamas?',
  firstName: 'La primera persona: ¿cómo te llamas?',
  secondName: 'Y la segunda persona: ¿cómo te llamas?',
  role: {
    title: 'Una pregunta con cuidado',
    why: 'Algunas preguntas de este mazo son para uno de los dos. Si se quiere, se puede decir quién está trabajando para reparar la confianza. También se puede dejar, y los dos responden a todas las preguntas.',
    note: 'Esto solo decide quién responde a las preguntas pensadas para uno de los dos.',
    repairing: (name: string) => `${name} está reparando la confianza`,
  },
  turn: {
    title: '¿Cuánto dura cada turno?',
    note: 'Quien habla tiene este tiempo; a nadie se le corta cuando se acaba.',
    length: (length: string, suggested: boolean) =>
      `${length}${suggested ? ' (lo que sugiere este mazo)' : ''}`,
  },
};
