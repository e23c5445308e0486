// Lo que dice `talkturn decks`, y cada problema que señala la revisión de un mazo
// ("archivo:línea: qué está mal"). Las palabras del formato ("Floor:", "Speaker:", "both") son
// el formato, y no cambian con el idioma.
import type { Catalogue } from '../index.js';

export const decks: Catalogue['decks'] = {
  body: {
    spaceAfterHashes: (rest: string) =>
      `pon un espacio después de ## para que esta línea sea una pregunta: "## ${rest}"`,
    emptyHeading:
      'este título ## no tiene palabras: escribe la pregunta después de ##, como "## ¿Qué necesitas de mí?"',
    titleAfterPrompt:
      'un título "# " después de la primera pregunta: escribe cada pregunta con dos #, como "## …", o quita esta línea',
    noPrompts: 'el mazo no tiene preguntas',
    oneHashHeadings:
      ': este archivo tiene títulos "# ", y una pregunta necesita dos #, como "## ¿Qué necesitas de mí?"',
    addHeadings: ': añade un título "## " por pregunta, como "## ¿Qué necesitas de mí?"',
    labelAboveFirst: (label: string) =>
      `"${label}:" está antes de la primera pregunta: ponlo bajo el título ## de la pregunta a la que corresponde`,
    soloFloor:
      'en un mazo a solas escribe una sola persona, así que "Floor:" no hace nada: quita esta línea',
    floorTwice: (line: number) =>
      `esta pregunta ya dice quién tiene la palabra en la línea ${line}: deja una sola línea "Floor:"`,
    soloListener:
      'un mazo a solas no tiene quien escuche, así que la guía "Listener:" nunca se muestra: escríbela como guía normal',
    emptyLabel: (label: string) =>
      `"${label}:" no tiene guía después: escribe la guía tras los dos puntos, o quita la línea`,
    unknownFloor: (value: string) => `"${value}" no es un turno que talkturn conozca`,
    floorNeedsValue: '"Floor:" necesita un valor',
    didYouMean: (match: string) => ` (¿querías decir ${match}?)`,
    floors:
      ': escribe "Floor: both" (los dos), "Floor: repairing" (quien repara la confianza) o "Floor: hurt" (la persona herida)',
  },
  list: {
    builtIn: 'Mazos incluidos',
    noneOfYours: (folder: string) =>
      `Tus mazos: todavía ninguno. Guarda un archivo de mazo (.md) en ${folder} para verlo aquí.`,
    yours: (folder: string) => `Tus mazos (en ${folder})`,
    startWith: (command: string) => `Empezar con un mazo:     ${command}`,
    checkFile: (command: string) => `Revisar un archivo:      ${command}`,
    leftOut: {
      one: 'Este archivo de mazo tiene un problema y se dejó fuera:',
      other: 'Estos archivos de mazo tienen problemas y se dejaron fuera:',
    },
    turns: (length: string, solo: boolean) => `${length} ${solo ? 'cada una' : 'por turno'}`,
    solo: 'a solas, escribiendo',
    isDefault: ' (el de siempre)',
    prompts: { one: '# pregunta', other: '# preguntas' },
  },
  check: {
    ok: (file: string, title: string, id: string, prompts: string) =>
      `${file}: bien, "${title}" (id ${id}, ${prompts})`,
    shadowed: (file: string, id: string) =>
      `${file}: aviso: un mazo incluido ya tiene el id "${id}", así que este archivo se dejaría fuera de tu carpeta de mazos; ponle otro id para usarlo desde allí`,
  },
  files: {
    folder:
      'esto es una carpeta, no un archivo de mazo: da la ruta de un archivo de mazo (.md) que haya dentro',
    notRegular: 'esto no es un archivo normal: da la ruta de un archivo de mazo (.md)',
    tooLarge:
      'este archivo es demasiado grande para ser un mazo (más de 1 MB): un mazo es un archivo markdown corto',
    utf16: 'este archivo está guardado como UTF-16: guárdalo como texto UTF-8 en tu editor',
    notText: 'esto no es un archivo de texto: un mazo es un archivo markdown guardado como texto',
    notUtf8: 'esta línea no es texto UTF-8: guarda el archivo como UTF-8 en tu editor',
    noSuchFile: 'no existe ese archivo: revisa la ruta y cómo está escrita',
    notAllowed: 'talkturn no tiene permiso para leer esto: revisa sus permisos',
    loop: 'esto es un enlace que apunta a sí mismo: da la ruta del propio archivo de mazo',
    unreadable: (code: string) =>
      `no se pudo leer${code ? ` (${code})` : ''}: comprueba que el archivo está ahí y se puede leer`,
  },
  frontMatter: {
    emptyFile:
      'el archivo está vacío: un mazo necesita unos ajustes (id, title) y al menos una pregunta "## "',
    none: 'el mazo no tiene ajustes: empieza el archivo con una línea "---", luego ajustes como "id: mi-mazo" y "title: …", y otra línea "---"',
    afterSettings: 'después de los ajustes',
    beforeLine: (line: number) => `antes de la línea ${line}`,
    neverClosed: (where: string) =>
      `los ajustes que empiezan aquí nunca se cierran: añade una línea "---" ${where}`,
    empty:
      'los ajustes están vacíos: añade ajustes como "id: mi-mazo" y "title: …" entre las líneas "---"',
    aLineOfText: 'una línea de texto',
    notSettings: (kind: string) =>
      `los ajustes son ${kind}, no ajustes: escribe uno por línea como nombre: valor, como "id: mi-mazo"`,
    unreadable: 'no se pudieron leer los ajustes: deja solo ajustes sencillos',
    thisSetting: 'este ajuste',
    setTwice: (key: string) => `"${key}" está dos veces: deja solo uno`,
    tab: 'esta línea tiene una sangría con tabulador: usa espacios, o ninguna sangría',
    openQuote:
      'aquí se abren unas comillas que nunca se cierran: termina el valor con las mismas comillas',
    thisCharacter: 'este carácter',
    badStart: (char: string) =>
      `un valor no puede empezar con ${char}: pon todo el valor entre comillas`,
    notYaml: (what: string) => `los ajustes no son YAML válido aquí (${what})`,
    bracket: (key: string, bracket: string, kind: string) =>
      `el valor de ${key} empieza con ${bracket}, que YAML lee como ${kind}: pon todo el valor entre comillas`,
    colon: (key: string, quoted: string) =>
      `el valor de ${key} lleva dos puntos: pon todo el valor entre comillas, como ${key}: ${quoted}`,
    unreadableLine:
      'esta línea no se pudo leer como un ajuste: escribe cada ajuste en su propia línea como nombre: valor, desde el principio de la línea',
  },
  settings: {
    missing: (key: string, example: string) =>
      `los ajustes no tienen ${key}: añade una línea como "${key}: ${example}"`,
    empty: (key: string, example: string) =>
      `${key} está vacío: escríbelo después de "${key}:", como "${key}: ${example}"`,
    notText: (key: string, value: string) => `${key} tiene que ser texto, no ${value}`,
    notFlag: (key: string, value: string) => `${key} tiene que ser true o false, no ${value}`,
    lengthExample: (usual: string) => `como ${usual}, 90s o 1m30s`,
    notLength: (key: string, example: string, value: string) =>
      `${key} tiene que ser una duración ${example}, no ${value}`,
    addUnit: ' (añade m para minutos o s para segundos)',
    between: (key: string, min: string, max: string, value: string) =>
      `${key} tiene que estar entre ${min} y ${max}, no ${value}`,
    noId: 'los ajustes no tienen id: añade una línea como "id: mi-mazo" (minúsculas, cifras y guiones)',
    emptyId: 'id está vacío: escribe un nombre sencillo después de "id:", como "id: mi-mazo"',
    idNotText: (value: string) => `id tiene que ser un nombre sencillo como "mi-mazo", no ${value}`,
    idTooLong: (max: number) => `id es demasiado largo: que tenga menos de ${max} caracteres`,
    idNotSimple: (id: string, example: string) =>
      `id ${id} no es un nombre sencillo: usa minúsculas, cifras y guiones, como "${example}"`,
    titleExample: 'Hablar de lo que pasó',
    floorHere:
      'quién tiene la palabra se dice en cada pregunta, no aquí: pon una línea como "Floor: hurt" bajo el título ## de la pregunta',
    promptsHere:
      'las preguntas no son un ajuste: escribe cada pregunta debajo de los ajustes como un título "## "',
    didYouMean: (match: string) => `: ¿querías decir "${match}"?`,
    unknown: (key: string, hint: string, settings: string) =>
      `"${key}" no es un ajuste de mazo${hint} (los ajustes son ${settings})`,
    soloNoEffect: (key: string) =>
      `${key} no hace nada en un mazo a solas, donde nadie escucha: quítalo, o quita "solo: true"`,
    maxShorter:
      'max, el tiempo de toda la charla, es más corto que un turno: hazlo más largo que turn',
    emptyValue: 'vacío',
    aList: 'una lista',
    aGroup: 'un grupo de ajustes',
  },
  library: {
    aBuiltIn: 'un mazo incluido',
    theDeckIn: (file: string) => `el mazo de ${file}`,
    idTaken: (owner: string, id: string) =>
      `${owner} ya tiene el id "${id}": ponle otro id a este mazo`,
    folderIsFile: 'esto debería ser una carpeta de archivos de mazo, pero es un archivo',
    giveDeck: (decksCommand: string) =>
      `Da el id de un mazo o la ruta de un archivo de mazo. Usa ${decksCommand} para ver los mazos que puedes usar.`,
    didYouMean: (match: string) => ` (¿querías decir "${match}"?)`,
    noSuchDeck: (wanted: string, hint: string, decksCommand: string) =>
      `No hay ningún mazo llamado "${wanted}"${hint}. Usa ${decksCommand} para ver los mazos que puedes usar.`,
    builtInsMissing:
      'Faltan los mazos incluidos: talkturn no encontró su carpeta prompts. Volver a instalar talkturn debería traerlos de vuelta.',
    cannotUse: 'Este mazo no se puede usar.',
    moreProblems: { one: '# problema más', other: '# problemas más' },
    andMore: (more: string, checkCommand: string) =>
      ` (y ${more}: usa ${checkCommand} para verlos todos)`,
  },
  practices: {
    'start-where-you-are': 'Empieza donde estás',
    'stop-pretending': 'Dejar de fingir que todo va bien',
    'hard-questions': 'Hacer las preguntas difíciles, y escuchar',
    'safety-first': 'La seguridad antes que la intimidad',
    'grief-in-waves': 'Un duelo sin fecha límite',
    'what-trust-looks-like': 'Definir cómo es la confianza ahora',
    'own-your-part': 'Hacerse cargo de lo propio, sin excusas',
    'show-up-every-day': 'Estar ahí cada día',
    'new-memories': 'Crear recuerdos nuevos',
    'let-it-be-awkward': 'Dejar que el amor sea torpe',
    'healing-over-winning': 'Elegir sanar antes que ganar',
  },
};
