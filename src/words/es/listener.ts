// Los pasos de quien escucha: "Repite lo que escuchaste" y, donde el mazo lo pide, "Lo que tiene
// sentido" y "Lo que imaginas". Cada pregunta va después del nombre ("Alex, di en voz alta…").
import type { Catalogue } from '../index.js';

export const listener: Catalogue['listener'] = {
  reflect: {
    title: 'Repite lo que escuchaste',
    ask: (speaker: string) =>
      `di en voz alta lo que le oíste a ${speaker} y escribe la idea. ${speaker} te dirá si lo entendiste.`,
    stem: 'Lo que te escuché decir es…',
  },
  validate: {
    title: 'Lo que tiene sentido',
    ask: (speaker: string) => `dile a ${speaker} qué tiene sentido para ti de cómo lo ve.`,
    stem: 'Tiene sentido, porque…',
  },
  empathize: {
    title: 'Lo que imaginas',
    ask: (speaker: string) => `di cómo imaginas que se siente ${speaker}.`,
    stem: 'Me imagino que sientes…',
  },
  reflectAloud: (speaker: string) =>
    `repite, en voz alta, lo que le escuchaste decir a ${speaker}.`,
  typeFirst: 'Primero escribe unas palabras de lo que escuchaste.',
  backOnlyEmpty: (speaker: string) =>
    `Esc devuelve la palabra a ${speaker} solo antes de escribir nada. Tus palabras se guardan.`,
  offRecord:
    'Este turno está fuera de las notas: dilo en voz alta, no se escribe ni se guarda nada.',
  saidIt: 'Pulsa Enter cuando lo hayas dicho.',
};
