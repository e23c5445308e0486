// La nota del repaso tal como se escribe en un archivo: la parte de cada uno bajo su nombre.
import type { Catalogue } from '../index.js';

export const checkinNote: Catalogue['checkinNote'] = {
  partner: (n: number) => `Persona ${n}`,
  heading: 'Repaso',
  when: (date: string, time: string) => `, ${date} a las ${time}`,
  stopped: '*Este repaso se paró a mitad; lo que se escribió se guarda aquí.*',
  ratherNotSay: 'Cuánta seguridad y cercanía siento hoy: prefiero no decirlo.',
  number: (n: number) => `Cuánta seguridad y cercanía siento hoy, de 1 a 10: ${n}.`,
  stoppedBeforeTurn: '*Paramos antes de llegar a este turno: aquí no se preguntó nada.*',
  numberNotReached:
    'Cuánta seguridad y cercanía siento hoy: *paramos antes de que se respondiera.*',
  notReached: '*Paramos antes de llegar a esta pregunta.*',
  appreciated: 'Algo que aprecié hoy:',
  stirred: 'Algo que removió el dolor:',
  need: 'Una cosa que necesito:',
};
