// "Acuerdos de antes": un acuerdo de una charla anterior, mirado juntos.
import type { Catalogue } from '../index.js';

export const review: Catalogue['review'] = {
  title: 'Acuerdos de antes',
  helping: 'Está ayudando',
  needsChange: 'Hay que cambiarlo',
  retire: 'Dejarlo: ya cumplió su papel, o no era lo adecuado',
  later: 'Dejarlo para otro momento',
  intro:
    'La confianza se reconstruye una y otra vez. Un momento para mirar lo que se acordó probar.',
  agreedOn: (by: string, day: string) => `${by} acordó probar${day ? ` el ${day}` : ''}:`,
  howIsItGoing: '¿Cómo va?',
  count: (at: number, of: number) => `${at} de ${of}`,
};
