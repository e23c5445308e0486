// Los fallos al guardar, tal como se leen: una frase sencilla, qué salió mal y qué hacer.
// Una frase es su causa, su consecuencia y su remedio (mira notes/errors.ts).
import type { Catalogue } from '../index.js';

export const notesErrors: Catalogue['notesErrors'] = {
  cause: {
    'disk-full': 'El disco está lleno',
    'read-only': 'La carpeta de notas está en un disco de solo lectura',
    permission: 'talkturn no tiene permiso para escribir en la carpeta de notas',
    missing: 'Falta la carpeta de notas (quizá se quitó un disco)',
    'not-a-folder': 'La ruta de la carpeta de notas lleva a un archivo, no a una carpeta',
    io: 'El disco dio un error',
  },
  consequence: {
    save: 'así que las notas no se pudieron guardar',
    autosave: 'así que el autoguardado se ha parado por ahora',
    folder: 'así que la carpeta de notas no se pudo preparar',
    resume: 'así que la charla interrumpida no se pudo abrir',
    forget: 'así que la charla interrumpida no se pudo borrar',
  },
  remedy: {
    'disk-full': 'libera algo de espacio o elige otra carpeta',
    'read-only': 'elige otra carpeta',
    permission: 'elige otra carpeta',
    missing: 'elige otra carpeta',
    'not-a-folder': 'elige otra carpeta',
    io: 'prueba otra vez o elige otra carpeta',
  },
  rescued: (cause: string, dir: string) =>
    `${cause}: tus palabras se guardan en ${dir} en su lugar.`,
  nothingChanged: (cause: string, consequence: string) =>
    `${cause}, ${consequence}. No se cambió nada: revisa la carpeta y prueba otra vez.`,
  wordsStillHere: (cause: string, consequence: string, remedy: string) =>
    `${cause}, ${consequence}. Tus palabras siguen aquí: ${remedy}.`,
  notPrivate: (dir: string) =>
    `${dir} lleva a una carpeta que otras personas pueden abrir o cambiar, así que talkturn no escribirá allí: elige una carpeta que solo tú puedas abrir.`,
  lockedBy: (pid: number) => ` (proceso ${pid})`,
  locked: (which: string) =>
    `Esta charla está abierta en otra terminal${which}: ciérrala allí primero, o empieza una charla nueva.`,
  journal: {
    damaged: 'Esta charla interrumpida no se pudo leer, porque su diario está dañado sin arreglo.',
    'newer-version':
      'Esta charla interrumpida la guardó una versión más nueva de talkturn: actualiza talkturn para seguir con ella.',
    missing: 'Esta charla interrumpida ya no está: quizá ya se retomó o se quitó.',
  },
  wrongPassphraseSession:
    'Esa frase de paso no abre esta charla. Prueba otra vez; no se ha cambiado nada.',
  wrongPassphraseNotes:
    'Esa frase de paso no abre estas notas. Prueba otra vez; no se ha cambiado nada.',
  passphraseNeededSession:
    'Esta charla está cifrada: da su frase de paso para abrirla. No se ha cambiado nada.',
  passphraseNeededNotes:
    'Estas notas están cifradas: da su frase de paso para abrirlas. No se ha cambiado nada.',
};
