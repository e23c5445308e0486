// Lo que dice `talkturn history`: la lista de charlas, los acuerdos, los repasos. Hechos
// sencillos, sin puntos ni rachas.
import type { Catalogue } from '../index.js';

export const history: Catalogue['history'] = {
  unreadable: 'Aquí todavía no hay notas que talkturn pueda leer.',
  nothingYet: 'Aquí todavía no hay nada.',
  whenYouHave:
    'Cuando haya una conversación de los dos, aparecerá aquí, con lo que se acordó probar y los repasos. Lo escrito a solas no sale en esta lista, salvo que se elija traerlo.',
  begin: (command: string) => `Para empezar, cuando sea el momento:  ${command}`,
  talksHeading: 'Las conversaciones y repasos, los más nuevos primero',
  agreementsHeading: 'Lo que se acordó probar, lo más nuevo primero',
  noAgreements:
    'Todavía nada: al final de una conversación, cada uno puede nombrar una cosa que probar.',
  numbersHeading: (name: string) => `Cómo de seguro y cerca se ha sentido ${name}`,
  checkinsHeading: 'Los repasos',
  noCheckins: 'Todavía no hay repasos. Un repaso lleva unos minutos en un día cualquiera:',
  checkinCount: { one: 'Un repaso', other: '# repasos' },
  noNumbersFor: (name: string) => `No hay números de repaso de “${name}”. `,
  neverSideBySide: (missing: string, count: string) =>
    `${missing}${count} hasta ahora. Cada número es solo de quien lo escribió, así que nunca se muestran uno al lado del otro. Para ver los tuyos con el tiempo:`,
  yourName: 'TU-NOMBRE',
  barsLast: (shown: number) => `Una barra por cada uno de los últimos ${shown} repasos`,
  barsAll: 'Una barra por cada repaso',
  chartKey: (which: string) =>
    `${which}, lo más antiguo a la izquierda. Cuanto más alta la barra, más seguridad y cercanía ese día, de 1 a 10.`,
  noNumberDot: 'Un · es un repaso sin número.',
  checkin: 'Repaso',
  ofWriting: (length: string) => `${length} de escritura`,
  finished: 'terminada',
  stoppedPartway: 'se paró a mitad',
  earlierOnes: { one: '# anterior está', other: '# anteriores están' },
  earlierNotes: (which: string, exportCommand: string) =>
    `${which} también en tus notas; ${exportCommand} las reúne todas.`,
  oneOfYou: 'Uno de los dos',
  status: {
    open: '',
    helping: ', está ayudando',
    'needs-change': ', hay que cambiarlo',
    retired: ', se dejó a un lado',
    later: ', se dejó para otro momento',
  },
  earlierAgreements: {
    one: '1 acuerdo anterior está también en tus notas.',
    other: '# acuerdos anteriores están también en tus notas.',
  },
};
