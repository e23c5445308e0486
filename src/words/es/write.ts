// "Hora de escribir": la escritura libre de un mazo a solas, y si quien escribe la trae.
import type { Catalogue } from '../index.js';

export const write: Catalogue['write'] = {
  title: 'Hora de escribir',
  keep: 'Guardarlo para mí: queda solo en mis notas',
  bring: 'Traerlo: el historial y las exportaciones pueden mostrarlo',
  ask: 'Esto que escribiste es para ti primero. ¿Quieres traerlo?',
  kept: 'Guardado para ti: está en las notas de esta charla y en ningún otro sitio; ni en el historial de talkturn, ni en ninguna exportación.',
  stem: 'Lo que es verdad para mí es…',
};
