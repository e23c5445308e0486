// `talkturn export`: lo que dice en la línea de órdenes, y las palabras de la exportación
// sencilla (las notas una tras otra). El resumen para terapia tiene su propia área, brief.ts.
import type { Catalogue } from '../index.js';

export const exportWords: Catalogue['export'] = {
  nothingBetween: (since: string, until: string) =>
    `No hay notas del ${since} al ${until}, así que no se exportó nada.`,
  nothingSince: (since: string) => `No hay notas desde el ${since}, así que no se exportó nada.`,
  nothingUntil: (until: string) => `No hay notas hasta el ${until}, así que no se exportó nada.`,
  nothingYet: (start: string) =>
    `Todavía no hay notas que exportar. Para empezar, cuando sea el momento: ${start}`,
  savedLocked: (file: string) =>
    `La exportación está guardada en ${file}, cerrada con la misma frase de paso.`,
  saved: (file: string) => `La exportación está guardada en ${file}, y solo tú puedes leerla.`,
  exists: (file: string) =>
    `${file} ya existe: elige otro nombre, o añade --force para reemplazarlo.`,
  noFolder: (file: string) =>
    `La carpeta de ${file} no existe: créala primero, o elige otro sitio para --out.`,
  isFolder: (file: string, example: string) =>
    `${file} es una carpeta: da un nombre de archivo, como ${example}.`,
  exampleName: 'nuestras-notas.md',
  notWritten: (file: string, cause: string) =>
    `La exportación no se pudo escribir en ${file}, porque ${cause}: allí no se cambió nada.`,
  cause: {
    'disk-full': 'el disco está lleno',
    'read-only': 'el disco es de solo lectura',
    permission: 'talkturn no tiene permiso para escribir allí',
    missing: 'falta su carpeta',
    'not-a-folder': 'parte de su ruta es un archivo, no una carpeta',
    other: 'el disco dio un error',
  },
  dateForm: 'escríbelo como AAAA-MM-DD, como 2026-11-24',
  notADate: (flag: string, given: string, form: string) =>
    `${flag} "${given}" no es una fecha que talkturn pueda leer: ${form}.`,
  notADay: (flag: string, given: string, form: string) =>
    `${flag} ${given} no es un día del calendario: ${form}.`,
  backwards: (since: string, until: string) =>
    `--since ${since} es posterior a --until ${until}: el primer día tiene que ir antes que el último (o ser el mismo).`,
  title: 'Nuestras notas de talkturn',
  gathered: (names: string, what: string, span: string) =>
    `${names ? `${names}: ` : ''}${what}, ${span}.`,
  checkinHeading: 'Repaso',
  conversationHeading: 'Conversación',
  when: (date: string, time: string) => `${date} a las ${time}`,
  onDay: (date: string) => `el ${date}`,
  fromTo: (from: string, to: string) => `del ${from} al ${to}`,
  conversations: (n: number) => `${n} ${n === 1 ? 'conversación' : 'conversaciones'}`,
  checkins: (n: number) => `${n} ${n === 1 ? 'repaso' : 'repasos'}`,
  and: (parts: readonly string[]) =>
    parts.length <= 2 ? parts.join(' y ') : `${parts.slice(0, -1).join(', ')} y ${parts.at(-1)}`,
};
