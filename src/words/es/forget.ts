// Lo que dice `talkturn forget`: la lista de lo que se va, la pregunta y el resultado.
// Los recuentos son formas de plural: `#` es el número (mira `plural` en words/format.ts).
import type { Catalogue } from '../index.js';

export const forget: Catalogue['forget'] = {
  kinds: {
    session: { one: '# charla', other: '# charlas' },
    checkin: { one: '# repaso', other: '# repasos' },
    encrypted: {
      one: '# charla cerrada con frase de paso',
      other: '# charlas cerradas con frase de paso',
    },
    damaged: { one: '# nota dañada', other: '# notas dañadas' },
    unfinished: { one: '# charla sin terminar', other: '# charlas sin terminar' },
    leftover: {
      one: '# archivo de autoguardado o temporal que quedó',
      other: '# archivos de autoguardado o temporales que quedaron',
    },
    questions: {
      one: '# libreta de preguntas (tus preguntas y momentos)',
      other: '# libretas de preguntas',
    },
  },
  files: { one: '# archivo', other: '# archivos' },
  kindName: {
    session: 'charla',
    checkin: 'repaso',
    encrypted: 'charla cerrada con frase de paso',
    damaged: 'nota dañada',
    unfinished: 'charla sin terminar',
    leftover: 'archivo de autoguardado o temporal que quedó',
    questions: 'libreta de preguntas (tus preguntas y momentos)',
  },
  ofDay: (what: string, day: string) => `${what} del ${day}`,
  checkinTitle: 'Repaso',
  canForget: 'Lo que se puede olvidar, con el nombre que hay que escribir:',
  willGo: 'Se borrará esto:',
  bothOfYou:
    'Estas notas son de los dos: bórralas solo si los dos están de acuerdo. Las copias que exportaste o imprimiste no se tocan: esas hay que borrarlas aparte.',
  copiesKept: 'Las copias que exportaste o imprimiste no se tocan: esas hay que borrarlas aparte.',
  bothAgree: '¿Los dos están de acuerdo? ',
  withAgreements: ' (y los acuerdos escritos en ellas)',
  question: (files: string, parts: string, agreements: string) =>
    `¿Borrar ${files} para siempre: ${parts}${agreements}? No se puede deshacer. Escribe sí para borrar:`,
  yes: 'sí',
  lockedBy: (pid: string) => ` (proceso ${pid})`,
  locked: (name: string, which: string, forgetCommand: string) =>
    `La charla sin terminar ${name} está abierta en un talkturn en marcha${which}, ` +
    `así que se ha guardado: termínala o ciérrala allí, y vuelve a usar ${forgetCommand}.`,
  keptDamaged: (name: string, forgetCommand: string) =>
    `Se ha guardado ${name}: se llama como las notas de talkturn pero no se lee como ellas, así que ` +
    `puede ser un archivo de otra persona; para borrarlo de todos modos, usa ${forgetCommand}.`,
  reasons: {
    'disk-full': 'el disco dice que está lleno',
    'read-only': 'el disco es de solo lectura',
    permission: 'talkturn no tiene permiso para quitarlo (revisa los permisos de la carpeta)',
    missing: 'falta la carpeta',
    'not-a-folder': 'su carpeta no es una carpeta',
    io: 'el disco dio un error',
  },
  failed: (name: string, reason: string) => `No se pudo borrar ${name}: ${reason}.`,
  notOverwritten: (name: string) =>
    `${name} se borró, pero antes no se pudieron sobrescribir sus bytes antiguos.`,
  unknown: (names: string, forgetCommand: string) =>
    `Ninguna nota coincide con ${names}, así que no se borró nada: usa ${forgetCommand} sin más para ver el nombre de cada una.`,
  choose:
    'Elige qué olvidar: escribe su nombre tal como sale arriba, o un día entero (como 2026-11-24), o usa --all.',
  chooseEmpty:
    'Elige qué olvidar: escribe un nombre, o un día entero (como 2026-11-24), o usa --all.',
  either: 'Elige charlas (por nombre o por día) o --all, no las dos cosas.',
  noTerminal: (forgetCommand: string) =>
    `${forgetCommand} pregunta antes de borrar y no hay una terminal donde preguntar, así que no se borró nada: añade --yes para borrar sin preguntar.`,
  nothing: 'No hay notas de talkturn que olvidar en la carpeta de notas.',
  notConfirmed: 'No se borró nada.',
  deleted: (files: string) => `Se borraron ${files}.`,
  someFailed: (failed: string, of: number) =>
    `${failed} de ${of} no se pudieron borrar (se nombran arriba): prueba otra vez cuando el problema esté resuelto.`,
};
