// Las palabras de la línea de órdenes: la ayuda de --help, los errores de uso, las preguntas
// de la frase de paso y los errores de último recurso. Lo que escribe commander ("Usage:",
// "Options:") sigue siendo de commander.
import type { Catalogue } from '../index.js';

const sessionNotesDir = 'dónde se guardan las notas (o TALKTURN_NOTES_DIR)';
const twoNames = 'los nombres de los dos, como "Sam,Alex"';
const noBell = 'sin timbre cuando se acaba el tiempo de un turno';

export const cli: Catalogue['cli'] = {
  help: {
    program:
      'Una conversación tranquila, por turnos y con tiempo, para una pareja que reconstruye la confianza.',
    version: 'muestra la versión',
    help: 'muestra esta ayuda',
    debug: 'muestra los detalles técnicos cuando algo sale mal',
    usage: '[opciones] [orden]',
    options: '[opciones]',
    notes: '[charlas...]',
    values: {
      code: 'código',
      date: 'fecha',
      deck: 'mazo',
      dir: 'carpeta',
      file: 'archivo',
      format: 'formato',
      length: 'duración',
      n: 'n',
      name: 'nombre',
      names: 'nombres',
    },
    titles: {
      'Usage:': 'Uso:',
      'Options:': 'Opciones:',
      'Commands:': 'Órdenes:',
      'Arguments:': 'Argumentos:',
      'Global Options:': 'Opciones generales:',
    },
    start: 'empieza una charla directamente',
    names: twoNames,
    deck: (decksCommand: string) => `el id de un mazo (mira ${decksCommand}) o un archivo de mazo`,
    turn: 'el tiempo de cada turno para hablar, como 90s, 3m o 1m30s',
    rounds: 'cuántas preguntas del mazo recorrer',
    max: 'el tiempo de toda la charla, como 45m',
    quiet: noBell,
    notesDir: sessionNotesDir,
    encrypt: 'cierra las notas con una frase de paso (se pide aparte, nunca se escribe aquí)',
    resume: 'sigue con una charla que se interrumpió',
    decks: 'muestra los mazos de preguntas, o revisa un archivo de mazo',
    check: 'revisa un archivo de mazo y dice en qué línea está cada problema',
    checkin: 'el breve repaso del día, unos minutos para los dos',
    encryptCheckin:
      'cierra el repaso con una frase de paso (se pide aparte, nunca se escribe aquí)',
    questions: 'las preguntas que guardas entre charlas (y un momento que dolió)',
    moment: 'apunta un momento que dolió, en privado',
    encryptQuestions:
      'cierra tus preguntas con una frase de paso (se pide aparte, nunca se escribe aquí)',
    import: 'añade una lista inicial de preguntas (una por cada título "## ")',
    by: 'con --import: quién de los dos las va a preguntar',
    history:
      'las charlas y repasos anteriores, lo que se acordó probar y cómo se ha sentido cada uno',
    numbers: 'muestra cómo de seguro y cerca se ha sentido uno de los dos con el tiempo',
    export: 'reúne charlas, acuerdos y repasos en un solo documento',
    since: 'desde este día, como 2026-11-01',
    until: 'hasta este día, incluido',
    out: 'lo escribe en este archivo (que solo tú puedes leer) en lugar de en la pantalla',
    force: 'reemplaza el archivo de --out si ya existe',
    forTherapy: 'un resumen de una página para terapia, cuando los dos lo aprueban',
    format: 'el resumen como md o html (una página para imprimir desde cualquier navegador)',
    approvedBy: 'sin terminal: los dos aprueban el resumen, "A,B"',
    shareNumbers: 'con --approved-by: los dos aceptan compartir los números de los repasos',
    forget: 'borra charlas y repasos para siempre (nómbralos, o --all)',
    forgetNotes: 'las notas que borrar, por nombre de archivo o por día (AAAA-MM-DD)',
    all: 'todas las charlas, repasos, charlas sin terminar y tus preguntas',
    yes: 'no pregunta antes (para scripts)',
  },
  placeholders: { file: 'ARCHIVO', value: 'VALOR', deckId: 'ID', deckFile: 'mi-mazo.md' },
  errors: {
    seeHelp: (helpCommand: string) => `usa ${helpCommand} para ver lo que acepta`,
    didYouMean: (suggestion: string) => `¿querías decir ${suggestion}?`,
    unknownOption: (option: string, hint: string) =>
      `talkturn no conoce la opción ${option}: ${hint}`,
    unknownCommand: (command: string, hint: string) =>
      `talkturn no tiene ninguna orden llamada "${command}": ${hint}`,
    missingValue: (flag: string, example: string) =>
      `${flag} necesita un valor después, como ${example}.`,
    extraWords: (example: string) =>
      `Esa orden no lleva más palabras: pon las opciones después, como ${example}.`,
    missingArgument: (seeHelp: string) => `Falta algo después de la orden: ${seeHelp}.`,
    checkinNames: 'Un repaso es para dos: da los dos nombres, como --names "Sam,Alex".',
    importBy: 'Di quién va a hacer estas preguntas, como --by "Sam".',
    unexpected: (message: string) =>
      `Algo salió mal y talkturn no lo esperaba (${message}). Vuelve a ejecutarlo con --debug para ver los detalles.`,
    cannotWriteTerminal: (code: string) => `talkturn no pudo escribir en la terminal (${code}).`,
    needsTerminal:
      'talkturn necesita una terminal interactiva: ejecútalo directamente en una ventana de terminal, no a través de una tubería ni de un script.',
    soloNames: (deck: string) => `"${deck}" es para una persona: da un nombre, como --names "Sam".`,
    twoNames: 'Una charla necesita dos nombres, uno para cada uno, como --names "Sam,Alex".',
  },
  flags: {
    deckValue: 'el id de un mazo o un archivo',
    folderValue: 'una carpeta',
    namesCount: (count: number) =>
      `--names lleva dos nombres separados por una coma, como --names "Sam,Alex" (hay ${count}).`,
    namesEmpty: '--names necesita un nombre a cada lado de la coma, como --names "Sam,Alex".',
    nameTooLong: (max: number) =>
      `Cada nombre puede tener como mucho ${max} caracteres; prueba con uno más corto.`,
    nameControl: 'Un nombre no puede llevar caracteres de control; escríbelo tal cual.',
    namesSame:
      'Los dos nombres son iguales: usa nombres que se distingan en la pantalla, como --names "Sam,Sam B".',
    notALength: (flag: string, text: string) =>
      `${flag} "${text}" no es una duración: usa una forma como 90s, 3m o 1m30s.`,
    notPositive: (flag: string) => `${flag} tiene que ser más que cero, como 90s o 3m.`,
    tooLong: (flag: string, max: string) => `${flag} puede ser como mucho ${max}.`,
    rounds: (text: string) =>
      `--rounds tiene que ser un número entero de preguntas, 1 o más (hay "${text}").`,
    needs: (flag: string, what: string) => `${flag} necesita ${what}.`,
  },
  madePrivate: (was: string, dir: string) =>
    `Otras cuentas de este ordenador podían leer la carpeta de notas (${was}); ahora es privada, solo para ti (0700): ${dir}`,
  passphrase: {
    lockedNotes:
      'Algunas notas están cerradas con una frase de paso. Escríbela para incluirlas, o pulsa Enter para dejarlas fuera: ',
    newIntro:
      'Estas notas se cerrarán con una frase de paso. Sin ella nadie puede leerlas, ni siquiera tú:\n' +
      'elige algo que vayas a recordar, como una frase corta.\n',
    prompt: 'Frase de paso: ',
    tooShort: (min: number) =>
      `Usa al menos ${min} caracteres; unas cuantas palabras juntas es lo más fácil.\n`,
    again: 'Otra vez, para estar seguros: ',
    noMatch: 'Las dos no coinciden. Probemos otra vez.\n',
  },
};
