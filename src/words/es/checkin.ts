// Las palabras del repaso en pantalla: sencillas y cálidas, las leen dos personas, y a una de
// ellas quizá le duela.
import type { Catalogue } from '../index.js';

export const checkin: Catalogue['checkin'] = {
  questions: {
    appreciated: {
      ask: (name: string) => `${name}, ¿qué es algo que apreciaste hoy?`,
      help: 'Algo que tu pareja hizo o dijo, o un momento pequeño entre los dos. Lo pequeño cuenta.',
    },
    stirred: {
      ask: (name: string) => `${name}, ¿algo de hoy removió el dolor?`,
      help: 'Si fue así, puedes nombrarlo aquí. El dolor que vuelve en olas es parte de sanar, no un paso atrás.',
    },
    need: {
      ask: (name: string) => `${name}, ¿qué es una cosa que necesitas?`,
      help: 'De tu pareja o de ti, para hoy o para esta semana.',
    },
  },
  number: {
    ask: (name: string) => `${name}, ¿cuánta seguridad y cercanía sientes hoy?`,
    help: '1 es nada, 10 es mucho. Es tu propio número, no una nota, y mañana puede ser otro. Se guarda con tus respuestas en las notas que se comparten, nunca al lado del número del otro.',
    keys: 'Escribe un número (0 es 10), o usa las flechas y Enter.',
    notChosen:
      'Elige un número con las flechas o escribiéndolo, o pulsa N si prefieres no decirlo.',
    ratherNot: 'Prefiero no decirlo',
  },
  paused: {
    goOn: 'Sin prisa: el repaso espera aquí, con todo lo escrito. Cualquiera de los dos puede pulsar Enter para seguir cuando los dos estén a punto.',
    goOnShort: 'Con Enter se sigue, sin prisa.',
  },
  stepOf: (index: number, of: number) => `${index} de ${of}`,
  titleLead: 'Repaso: ',
  nothingSaved: 'No se guardó nada. Se puede hacer el repaso cuando se quiera.',
  nothingStarted: 'No se empezó nada. Se puede hacer el repaso cuando se quiera.\n',
  notSaved: 'El repaso no se guardó.',
  isIn: (path: string) => `El repaso está en ${path}`,
  partlySaved: (path: string) => `Lo escrito se guardó en ${path}, marcado como sin terminar.`,
  couldNotSave: (why: string) => `No se pudo guardar lo escrito (${why}).`,
  notSavedYet: 'El repaso aún no se ha guardado',
  leaveWithoutSaving: 'Salir sin guardar',
  saving: 'Guardando el repaso',
  oneMoment: 'Un momento…',
  saved: {
    title: 'Repaso guardado',
    thanks: 'Gracias a los dos por hacer el repaso hoy.',
    isIn: 'El repaso está en:',
  },
};
