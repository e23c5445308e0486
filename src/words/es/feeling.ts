// "¿Cómo estás?": un momento para mirarse por dentro entre turnos, que nunca se apunta.
import type { Catalogue } from '../index.js';

export const feeling: Catalogue['feeling'] = {
  title: '¿Cómo estás?',
  who: '¿Quién quiere mirar cómo está por dentro?',
  chooseName: 'Elige tu nombre: ↑↓ y Enter, o su número.',
  ask: (asked: string | null) =>
    `${asked === null ? '¿Cuánto' : `${asked}, ¿cuánto`} te desborda lo que sientes ahora, de 1 (nada, hay calma) a 10 (por completo)?`,
  keys: 'Pulsa un número (0 es 10), o R si el corazón te va muy deprisa.',
  sharedScreen: (other: string) =>
    `Esto sale en la pantalla que compartes con ${other}, y no se apunta en ningún sitio.`,
  notWritten: 'No se apunta en ningún sitio.',
  heavy: 'Es mucho que cargar ahora mismo, y tiene sentido.',
  settle:
    'Cuando lo que se siente sube tanto, el cuerpo necesita unos veinte minutos para calmarse antes de que hablar pueda ayudar. Una pausa de al menos 20 minutos puede ser lo más amable ahora.',
  thanks: 'Gracias por mirar cómo estás.',
  goBack: 'Volver a la charla',
  takePause: 'Hacer una pausa de 20 minutos',
  carryOn: 'Seguir por ahora',
};
