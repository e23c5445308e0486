// Lo que se dice en la terminal después de cerrar la pantalla: dónde están las notas, qué se guardó.
import type { Catalogue } from '../index.js';

export const farewell: Catalogue['farewell'] = {
  nothingStarted: 'No se empezó nada. Se puede volver cuando sea el momento.',
  notesIn: (path: string) => `Las notas están en ${path}`,
  unfinishedKept: 'La charla sin terminar se guarda para cuando sea el momento.',
  damaged: 'Una charla sin terminar no se pudo leer: está dañada.',
  damagedKept: (problem: string, path: string) =>
    `${problem} Su archivo se guarda, sin tocar, en ${path}.\n`,
  noneToResume: (folder: string) =>
    `No hay ninguna charla sin terminar con la que seguir en ${folder}.\n`,
  lockedKept: 'La charla cerrada se guarda, a salvo, para cuando tengas su frase de paso.\n',
  noQuestions: (questionsCommand: string) =>
    `Ahora mismo no hay preguntas abiertas. Apunta una cuando llegue: ${questionsCommand}\n`,
  wentWrong: (why: string) => `Algo salió mal en talkturn (${why}).`,
  lockedAsk:
    'Una charla sin terminar está cerrada con una frase de paso. Escríbela para seguir, o pulsa Enter para saltarla: ',
  goOn: (cause: string) =>
    `${cause} Se puede seguir: tus palabras se guardan aquí, y al final se pueden guardar en otro sitio.`,
  toResume: (resumeCommand: string) => `Para seguir donde se dejó, usa: ${resumeCommand}`,
  notSaved: (cause: string) =>
    `Tus palabras no se pudieron guardar: ${cause} ` +
    'Solo están en esta pantalla. Libera espacio o arregla la carpeta, y pulsa Ctrl+C otra vez; o sigue hasta el final, donde las notas se pueden guardar en otra carpeta.',
  cannotWrite: 'no se puede escribir en el disco',
  allSaved: 'Todo lo que escribiste está guardado.',
  savedElsewhere: (folder: string) =>
    `No se pudo escribir en la carpeta de notas, así que todo lo que escribiste se guardó en ${folder}.`,
  checkinRescued: (path: string) =>
    `Un repaso que se detuvo antes de guardarse está ahora en ${path}, marcado como sin terminar.`,
};
