// La pantalla de pausa ("En pausa"): quién la pidió (solo para las notas, y se puede no decir),
// una respiración lenta, el descanso, y seguir solo cuando los dos están a punto.
import type { Catalogue } from '../index.js';

export const pause: Catalogue['pause'] = {
  title: 'En pausa',
  askedForIt: (name: string) => `La pidió ${name}`,
  readySolo: 'Ya puedo seguir',
  ready: (name: string) => `${name} puede seguir`,
  longer: 'Descanso más largo (+5 min)',
  shorter: 'Descanso más corto (−5 min)',
  shortest: 'El descanso no puede durar menos de 5 minutos.',
  shortestShort: 'No menos de 5 minutos.',
  stop: 'Parar por hoy y guardar',
  askedForPause: ' pidió una pausa.',
  thanks: ' Gracias por decirlo.',
  whoAsked: '¿Quién pidió esta pausa?',
  onlyForNotes: ' (Solo para las notas; se puede no decir.)',
  forBoth: 'Una pausa, para los dos.',
  youAsked: 'Pediste una pausa.',
  breakLeftShort: (left: string) => `Descanso: quedan ${left}`,
  breakLeft: (left: string, minutes: number) =>
    `Descanso: quedan ${left} de ${minutes} minutos. Cada uno por su lado o juntos, como haga falta.`,
  breakOver: 'El descanso termina cuando los dos estén a punto.',
  againShort: 'Elígelo otra vez para parar y guardar.',
  again:
    '¿Parar por hoy, sin el cierre? Elígelo otra vez para guardar y terminar; cualquier otra cosa sigue aquí.',
  bothReady: 'La charla sigue cuando los dos digan que pueden seguir.',
};
