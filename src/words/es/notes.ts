// Las palabras de la nota de una charla (src/notes/markdown.ts): títulos y las frases sencillas
// alrededor de lo que cada uno escribió. Son para personas; talkturn relee la nota por sus
// marcas, así que una nota en un idioma se lee en otro.
import type { Catalogue } from '../index.js';

export const notes: Catalogue['notes'] = {
  nothingWritten: '*No se escribió nada.*',
  partner: (n: number) => `Persona ${n}`,
  aPrompt: 'Una pregunta',
  dateAt: (date: string, time: string) => `${date} a las ${time}`,
  answer: {
    yes: 'Sí.',
    partly: 'En parte, hay más.',
    'not-quite': 'No del todo.',
  },
  during: {
    'ground-rules': 'durante las reglas básicas',
    review: 'mientras se miraban los acuerdos',
    speak: 'mientras hablaba',
    reflect: 'durante un reflejo',
    check: 'mientras se respondía “¿Lo entendí?”',
    validate: 'mientras se validaba',
    empathize: 'durante el paso de empatía',
    write: 'mientras escribía',
    mark: 'mientras se marcaba una pregunta',
    closing: 'durante el cierre',
    done: 'al final',
  },
  marked: {
    answered: 'respondida por ahora.',
    open: 'sigue abierta.',
    therapist: 'para terapia.',
    yes: 'hacerse cargo ayudó.',
    'a-little': 'hacerse cargo ayudó un poco.',
    'not-yet': 'todavía no.',
  },
  review: {
    helping: 'Está ayudando.',
    'needs-change': 'Hay que cambiarlo.',
    retired: 'Lo dejamos.',
  },
  titleSolo: 'Mis notas',
  titleTwo: 'Nuestra conversación',
  withDeck: (names: string, deck: string, talked: string, solo: boolean) =>
    `${names}, con el mazo “${deck}”: ${talked} ${solo ? 'de escritura' : 'de charla'}.`,
  both: (names: readonly string[]) => names.join(' y '),
  stoppedEarly: 'Paramos antes del final. Todo lo escrito hasta entonces está aquí.',
  reflectedBack: (listener: string) => `${listener} repitió lo que escuchó:`,
  addedMore: (speaker: string, added: string, listener: string) =>
    `${speaker} añadió más${added}, y ${listener} lo repitió otra vez:`,
  didIGetIt: (speaker: string, answer: string) => `“¿Lo entendí?” ${speaker}: **${answer}**`,
  notAnswered: '“¿Lo entendí?” *Todavía sin responder.*',
  whatWasMissing: 'Lo que faltaba:',
  wrote: (speaker: string, time: string) => `${speaker} escribió${time}`,
  hadTheFloor: (speaker: string, time: string) => `${speaker} tuvo la palabra${time}`,
  offRecord: '*Este turno se dejó fuera de las notas.*',
  backToFloor: (speaker: string, times: number, listener: string) =>
    `*${speaker} volvió a tomar la palabra ${times === 1 ? 'una vez' : `${times} veces`} antes de que ${listener} repitiera lo que escuchó.*`,
  rewritten: (listener: string, times: number, speaker: string) =>
    `*${listener} retiró ${times === 1 ? 'un reflejo' : `reflejos ${times} veces`} para reescribirlo antes de que ${speaker} respondiera.*`,
  skippedBefore: (listener: string) =>
    `*Saltamos esta pregunta antes de que ${listener} repitiera lo que escuchó.*`,
  movedOnBefore: (listener: string) =>
    `*La charla siguió antes de que ${listener} repitiera lo que escuchó.*`,
  validating: (listener: string) => `${listener}, validando:`,
  withEmpathy: (listener: string) => `${listener}, con empatía:`,
  whatWrote: (speaker: string) => `Lo que escribió ${speaker}:`,
  stillWriting: (name: string, what: string) =>
    `*${name} aún estaba escribiendo ${what} cuando se paró la sesión. No llegó a enviarse:*`,
  unsentWhat: {
    reflection: 'lo que escuchó',
    missing: 'lo que faltaba',
    validation: 'una validación',
    empathy: 'unas palabras de empatía',
    writing: 'esto',
    appreciation: 'esto',
    agreement: 'esto',
    therapy: 'esto',
  },
  skippedPrompt: '*Elegimos saltar esta por ahora.*',
  skippedRest: '*Saltamos el resto de esta pregunta.*',
  markedAs: (words: string) => `**Marcada:** ${words}`,
  pauses: 'Pausas',
  noPauses: 'Esta vez no hubo pausas.',
  wePaused: 'Hicimos una pausa',
  askedForPause: (name: string) => `${name} pidió una pausa`,
  pauseLine: (who: string, at: string, during: string, lasted: string) =>
    `${who} a los ${at} de charla, ${during}. Duró ${lasted}.`,
  agreementsFromBefore: 'Acuerdos de antes',
  agreedToTry: (name: string) => `**${name}** acordó probar:`,
  howItIsGoing: (words: string) => `Cómo va: ${words}`,
  leftForLater: 'Se dejó para otro momento.',
  appreciatedSolo: 'Lo que aprecié',
  appreciatedTwo: 'Lo que apreciamos',
  tryingSolo: 'Lo que quiero probar',
  tryingTwo: 'Lo que acordamos probar',
  closing: 'Cierre',
  noClosing: 'Esta vez no llegamos al cierre.',
  toTherapy: 'Para llevar a terapia',
  folder: {
    isAFile: (folder: string) =>
      `La carpeta de notas ${folder} es un archivo, no una carpeta: revisa la ruta y prueba otra vez.`,
    notAllowed: (folder: string) =>
      `talkturn no tiene permiso para leer la carpeta de notas ${folder}: revisa sus permisos y prueba otra vez.`,
    unreadable: (folder: string) =>
      `La carpeta de notas ${folder} no se pudo leer (el disco dio un error): prueba otra vez.`,
    leftOut: (name: string, why: string) => `Se dejó fuera ${name}: ${why}.`,
    skipReason: {
      unreadable: 'no se pudo abrir (comprueba que es tuyo)',
      damaged: 'no empieza como talkturn escribe sus notas, así que quizá esté dañado',
      empty: 'el archivo está vacío',
      'too-large': 'el archivo es mucho más grande que cualquier nota que escriba talkturn',
    },
    oneNotOpened: (name: string) =>
      `La nota cifrada ${name} no se abrió con esa frase de paso, así que se dejó fuera; el archivo está a salvo tal como está.`,
    manyNotOpened: (count: number) =>
      `${count} notas cifradas no se abrieron con esa frase de paso, así que se dejaron fuera; los archivos están a salvo tal como están.`,
    encryptedLeftOut: (count: number) =>
      `${count === 1 ? '1 charla cifrada se dejó' : `${count} charlas cifradas se dejaron`} fuera; talkturn todavía no puede abrir aquí notas cifradas, y los archivos están a salvo tal como están.`,
  },
};
