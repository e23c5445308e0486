// El resumen para terapia: la hoja (markdown y la página para imprimir) y las pantallas donde
// los dos la revisan y la aprueban. Sencilla, cálida, corta: se lee en un minuto.
import type { Catalogue } from '../index.js';

export const brief: Catalogue['brief'] = {
  title: 'Para terapia',
  titleWith: (names: string) => `Para terapia, de ${names}`,
  span: (from: string, to: string) => (from === to ? `El ${from}` : `Del ${from} al ${to}`),
  talks: { one: '# charla', other: '# charlas' },
  checkins: { one: '# repaso', other: '# repasos' },
  topics: 'Temas que queremos traer',
  topicsNone: 'No se marcó ningún tema para llevar a terapia.',
  agreements: 'Nuestros acuerdos y cómo fueron',
  agreementsNone: 'En estas semanas no se hizo ningún acuerdo.',
  fared: {
    open: 'todavía no lo hemos vuelto a mirar',
    helping: 'está ayudando',
    'needs-change': 'hay que cambiarlo',
    retired: 'lo dejamos',
    later: 'lo volvimos a mirar y lo dejamos para otro momento',
  },
  helped: 'Lo que ayudó',
  hard: 'Lo que costó',
  earlierInNotes: {
    one: 'Aquí están solo las más recientes de cada uno: hay una anterior en nuestras notas.',
    other: 'Aquí están solo las más recientes de cada uno: hay # anteriores en nuestras notas.',
  },
  questions: 'Preguntas con las que queremos ayuda',
  reflections: 'Un reflejo que elegimos traer',
  reflecting: (by: string, of: string) => `${by}, repitiendo lo que dijo ${of}`,
  numbers: 'Cuánta seguridad y cercanía sentimos',
  numbersNote:
    'Cada uno dio su propio número, de 1 (nada) a 10 (mucho), en cada repaso. Los dos aceptamos compartirlos aquí.',
  numbersOf: (name: string, values: string) => `${name}: ${values}.`,
  notGiven: 'sin dar',
  chartLabel: (name: string) => `Los números de ${name} en estas semanas`,
  approvedBy: (names: string, day: string) =>
    `Los dos leímos esto y aceptamos compartirlo (${names}, ${day}).`,
  approvedByOne: (name: string, day: string) => `Leí esto y acepté compartirlo (${name}, ${day}).`,
  ours: 'Estas notas son nuestras: escribimos cada línea y elegimos lo que hay aquí. Nadie vigila talkturn, y no es un canal de crisis: en peligro, llame al número de emergencias de su país.',
  byline: (name: string) => `— ${name}`,
  unknownWriter: 'Uno de nosotros',
  restInNotes: '… (el resto está en nuestras notas)',

  screenTitle: 'Tu resumen',
  screenIntro: 'Esto es lo que se verá en terapia. Quita lo que escribiste y prefieras guardarte.',
  screenIntroShort: 'Lo que se verá en terapia.',
  noLines: 'No hay líneas que revisar: el resumen solo dice lo que abarca.',
  nothingLeft: 'Se ha quitado todo. Aun así se puede aprobar un resumen vacío, o pulsar Ctrl+C.',
  section: {
    topic: 'Tema',
    agreement: 'Acuerdo',
    helped: 'Ayudó',
    hard: 'Costó',
    question: 'Pregunta',
    reflection: 'Reflejo',
  },
  takenOut: 'quitada',
  leftOut: 'fuera',
  confirmTakeOut: (name: string) => `¿Quitar la línea de ${name}? Pulsa X otra vez.`,
  putBack: 'Quitada: X la vuelve a poner.',
  bringIt: 'Queda fuera salvo que la traigas: X la trae.',
  shareTitle: 'Números de los repasos',
  shareAsk:
    'Los números de los repasos son de cada uno. Solo van en el resumen si los dos están de acuerdo.',
  shareAskShort: 'Los números van solo si los dos quieren.',
  shareAgree: (name: string) => `${name} acepta compartirlos`,
  shareNo: 'Dejar fuera los números',
  approveTitle: 'Aprobar el resumen',
  approveAsk: 'Cada uno lo aprueba con su nombre. No se escribe nada hasta que los dos lo hagan.',
  approveAskShort: 'Cada uno aprueba con su nombre.',
  approveOne: 'Apruébalo cuando quieras. No se escribe nada hasta entonces.',
  approveExplain: 'Cada uno elige su propio nombre: pulsa su número.',
  approves: (name: string) => `${name} lo aprueba`,
  goBack: 'Volver al resumen',
  notApproved: 'El resumen no se aprobó, así que no se escribió nada.',
  savedLocked: (file: string) =>
    `El resumen está guardado en ${file}, cerrado con la misma frase de paso.`,
  saved: (file: string) => `El resumen está guardado en ${file}, y solo tú puedes leerlo.`,

  noTerminal:
    'Un resumen para terapia solo se escribe cuando los dos lo aprueban: ejecuta esto en una terminal, o añade --approved-by "A,B" con los dos nombres.',
  namesDoNotMatch: (given: string, partners: string) =>
    `--approved-by "${given}" no coincide con los nombres de las notas (${partners}): da cada nombre una vez, separados por una coma.`,
  badFormat: (given: string) =>
    `--format "${given}" no es un formato que talkturn escriba: usa md o html (o un archivo de --out que acabe en .md o .html).`,
  needsForTherapy:
    '--format, --approved-by y --share-numbers son para el resumen: añade --for-therapy.',
  shareNeedsApproval:
    '--share-numbers va con --approved-by: dice que los dos aceptan compartir los números de sus repasos.',
};
