// El reloj del turno, y la respiración lenta de la pantalla de pausa.
import type { Catalogue } from '../index.js';

export const countdown: Catalogue['countdown'] = {
  littleLeft: 'Queda poco tiempo.',
  shortUp: 'se acabó el tiempo: termina y Enter',
  upSpoken: 'Se acabó el tiempo.',
  left: (length: string) => `Quedan ${length}.`,
  breatheIn: 'Toma aire',
  hold: 'Sostén',
  breatheOut: 'Suelta el aire',
  breatheSpoken: 'Respira despacio: toma aire contando cuatro, sostén dos, suéltalo en seis.',
};
