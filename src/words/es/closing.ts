// "Cierre": lo que cada uno apreció, un acuerdo que probar y lo que llevar a terapia.
// Cada pregunta va después del nombre ("Sam, ¿qué apreciaste…").
import type { Catalogue } from '../index.js';

export const closing: Catalogue['closing'] = {
  title: 'Cierre',
  ask: {
    appreciation: (other: string | null) =>
      other ? `¿qué apreciaste hoy de ${other}?` : '¿qué apreciaste hoy de ti?',
    agreement: (other: string | null) =>
      other
        ? 'una cosa pequeña que aceptas probar antes de la próxima charla:'
        : 'una cosa pequeña que vas a probar esta semana:',
    therapy: (_other: string | null) => '¿algo que te gustaría llevar a terapia?',
  },
  stems: {
    appreciation: 'Aprecié…',
    agreement: 'Voy a probar…',
    therapy: 'Me gustaría hablar de…',
  },
};
