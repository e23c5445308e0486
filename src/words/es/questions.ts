// Las palabras de la libreta de preguntas (`talkturn questions`, la charla `your-questions`, su
// parte en la exportación para terapia): sencillas y cálidas, las mismas cada vez.
import type { Catalogue } from '../index.js';

export const questions: Catalogue['questions'] = {
  title: 'Tus preguntas',
  deckSummary: 'las preguntas guardadas entre charlas, respondidas de una en una',
  askingAgain: 'Volver a preguntar es parte de sanar.',
  writingNote:
    'Las preguntas sobre lo que algo significó suelen ayudar más que las preguntas sobre detalles. ' +
    'Mejor dejar fuera los detalles sexuales gráficos: esas imágenes suelen seguir doliendo.',
  status: {
    open: 'sigue abierta',
    answered: 'respondida por ahora',
    'asked-again': 'preguntada otra vez',
    therapist: 'guardada para terapia',
  },
  marks: {
    answered: 'Respondida por ahora',
    open: 'Sigue abierta',
    therapist: 'Para terapia',
  },
  helpedChoices: {
    yes: 'Sí, ayudó',
    'a-little': 'Un poco',
    'not-yet': 'Todavía no',
  },
  helped: {
    yes: 'ayudó',
    'a-little': 'ayudó un poco',
    'not-yet': 'todavía no',
  },
  notBrought: 'todavía no se ha llevado a una charla',
  broughtTo: { one: 'llevada a # charla', other: 'llevada a # charlas' },
  about: (by: string, day: string, talks: string) => `${by} preguntó el ${day} · ${talks}`,
  questionGuidance: (asker: string, day: string, answerer: string) =>
    `${asker} preguntó esto el ${day}. ${asker}, léela en voz alta; ` +
    `luego ${answerer} responde, con sinceridad y sin defenderse. Volver a preguntar es parte de sanar.`,
  momentWhen: (when: string) => `cuándo: ${when}`,
  momentStrength: (strength: number) => `cuánta fuerza: ${strength} de 10`,
  momentTrigger: (trigger: string) => `qué lo despertó: ${trigger}`,
  momentHelped: (helped: string) => `qué ayudó: ${helped}`,
  momentTitle: (writer: string, day: string) => `Un momento que le dolió a ${writer}, el ${day}`,
  momentGuidance: (writer: string, about: string, owner: string) =>
    `${writer}, di lo que pasó, si quieres${about ? ` (${about})` : ''}. ` +
    `${owner}, hazte cargo: reconócelo, sin defenderte ni dar explicaciones. ` +
    `"Tiene sentido; eso lo hice yo. Estoy aquí."`,
  therapyLocked: 'Las preguntas están cerradas con una frase de paso, así que se dejaron fuera.',
  therapyLeftOut: (why: string) => `Las preguntas se dejaron fuera: ${why}`,
  importNoQuestion: 'este título no tiene ninguna pregunta',
  importTooLong: (max: number) => `esta pregunta tiene más de ${max} caracteres`,
  importNone: 'no se encontró ninguna pregunta: escribe cada una como un título "## "',

  newQuestion: 'Una pregunta nueva',
  whoIsAsking: '¿Quién pregunta?',
  keptAll: 'Tus preguntas se guardan. Todo lo escrito está a salvo.',
  keptForTalk: 'Tus preguntas se guardan para la próxima charla.',
  keptForYou: 'Se guarda, solo para ti.',
  typeYourNumber: 'Escribe el número que hay junto a tu nombre.',
  write: {
    ask: '¿Qué te gustaría preguntar?',
    kept: 'Se guarda mientras escribes, y espera a la próxima charla.',
    empty: 'Escribe primero la pregunta, o pulsa Esc para volver.',
  },
  list: {
    open: (count: number) => `${count} abiertas`,
    noneOpen:
      'No hay preguntas abiertas. Cuando llegue una, apúntala aquí; espera a la próxima charla.',
    waiting: {
      one: 'Una pregunta espera a una charla.',
      other: '# preguntas esperan a una charla.',
    },
    privacy: 'Solo este portátil las guarda. Elige una para marcarla, o para volver a preguntarla.',
    talks: { one: '# charla', other: '# charlas' },
    line: (text: string, by: string, day: string, more: string) =>
      `“${text}” — ${by}, ${day}${more}`,
    writeNew: 'Escribir una pregunta nueva',
    moment: 'Un momento que dolió (privado, solo para ti)',
  },
  detail: {
    inATalk: ' (en una charla)',
    askedAgain: 'Preguntada otra vez: volver a preguntar es parte de sanar.',
    therapist: 'Guardarla para terapia',
  },
  choose: {
    tickOne: 'Marca al menos una con su número primero.',
    upTo: (limit: number) => `Hasta ${limit} en esta charla; desmarca una primero.`,
    moment: (by: string, day: string) =>
      `Un momento que le dolió a ${by}, el ${day} (lo trae ${by})`,
    question: (text: string, about: string) => `“${text}” — ${about}`,
    ticked: (ticked: number, limit: number) => `${ticked} de ${limit} como mucho`,
    ask: '¿Qué te gustaría sacar hoy? Elige quien hizo la pregunta.',
    howTo:
      'Escribe un número para marcarla o desmarcarla. Las que no se eligen esperan a otra charla.',
    howToShort: 'Escribe el número de una pregunta para marcarla, o elige Empezar.',
    startWith: { one: 'Empezar con esta', other: 'Empezar con estas #' },
    start: 'Empezar',
  },
  mark: {
    helpTitle: '¿Ayudó?',
    standTitle: '¿Cómo está esta pregunta?',
    theMoment: 'El momento',
    quoted: (text: string) => `“${text}”`,
    ownedWithYou: (speaker: string) =>
      `, ${speaker} se hizo cargo de este momento contigo. ¿Ayudó?`,
    youAsked: ', tú hiciste esta pregunta. ¿Cómo está ahora para ti?',
    typeNumber: 'Escribe el número de tu respuesta.',
    stillOpenFine:
      'Que siga abierta está bien: vuelve en otra charla. Volver a preguntar es parte de sanar.',
  },
  own: {
    when: (when: string) => `Cuándo: ${when}`,
    strength: (strength: number) => `Cuánta fuerza: ${strength} de 10`,
    trigger: (trigger: string) => `Qué lo despertó: ${trigger}`,
    helped: (helped: string) => `Qué ayudó: ${helped}`,
    count: (at: number, of: number) => `${at} de ${of}`,
    wroteDown: (by: string, day: string) =>
      `${by} apuntó un momento que le dolió, el ${day}, y eligió traerlo aquí.`,
    ownIt: (by: string) =>
      `Pareja de ${by}: hazte cargo, en voz alta, sin defenderte ni dar explicaciones: “Tiene sentido; eso lo hice yo. Estoy aquí.”`,
    didItHelp: (by: string) => `${by}, ¿ayudó?`,
    leaveIt: 'Dejarlo para la próxima charla',
  },
  moment: {
    title: 'Un momento que dolió',
    who: '¿Quién escribe? Lo que escribas aquí es tuyo: queda en privado salvo que elijas traerlo.',
    when: '¿Cuándo fue?',
    whenHelp: 'Con unas palabras basta: "esta mañana, en el coche". Puedes dejarlo vacío.',
    strength: '¿Cuánta fuerza tuvo, de 1 (un poco) a 10 (toda la posible)?',
    strengthHelp: 'O prefiero no decirlo (N). No hay un número correcto.',
    trigger: '¿Qué lo despertó?',
    triggerHelp:
      'Una canción, un lugar, un nombre, un mensaje: lo que fuera. Puedes dejarlo vacío.',
    helped: '¿Qué ayudó, si algo ayudó?',
    helpedHelp: 'Aunque sea un poco. Puedes dejarlo vacío.',
    bring: '¿Quieres traer este momento a la próxima charla o repaso?',
    bringHelp:
      'Allí tu pareja puede hacerse cargo: decir que tiene sentido, sin defenderse. O guárdalo solo para ti.',
    bringYes: 'Traerlo a la próxima charla o repaso',
    bringNo: 'Guardarlo solo para mí',
    written: (by: string) => `Ya está apuntado, ${by}. Gracias por cuidarlo.`,
    lately: (week: number, month: number) =>
      `Momentos que has apuntado: ${week} en la última semana, ${month} en las últimas cuatro semanas.`,
    alone: 'Esto es solo para ti. El dolor llega en olas, y es normal.',
  },
  launch: {
    locked: 'Tus preguntas están cerradas con una frase de paso. Escríbela para abrirlas: ',
    nothingOpened: 'No se abrió nada. Tus preguntas siguen guardadas, a salvo.\n',
    keptTyped: 'Todo lo escrito en tus preguntas se guarda.',
    cannotRead: (file: string) =>
      `talkturn no pudo leer ${file}: revisa el nombre y prueba otra vez.\n`,
    added: { one: '# pregunta', other: '# preguntas' },
    imported: (added: string, by: string, skipped: number, command: string) =>
      `Se añadieron ${added} para que ${by} las pregunte${skipped ? ` (${skipped} ya estaban)` : ''}. ` +
      `Esperan a la próxima charla: ${command}\n`,
  },
};
