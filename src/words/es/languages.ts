// Palabras sobre idiomas y lugares: elegir el idioma, y las líneas de ayuda de cada país (sus
// números y fuentes están en src/words/crisis-lines.ts).
import type { Catalogue } from '../index.js';

export const languages: Catalogue['languages'] = {
  langOption: 'el idioma: en (inglés) o es (español)',
  unknownLang: (given: string) =>
    `talkturn aún no habla "${given}": usa --lang es para español o --lang en para inglés.`,
  chooseTitle: 'Language · Idioma',
  chooseAsk: 'Which language would you like? · ¿En qué idioma hablamos?',
  names: { en: 'English', es: 'Español' },
  deckLang: (given: string) => `lang debe ser un código de idioma como "es" o "en", no ${given}`,
  crisis: {
    intro: [
      'No es para una relación en la que alguien tiene miedo, sufre amenazas, control o daño.',
      'Si es tu caso, busca ayuda en su lugar:',
    ],
    introShort: 'No es para quien sufre miedo, amenazas, control o daño. Busca ayuda:',
    localEmergency: '• en peligro ahora: el número de emergencias de tu país',
    localEmergencyShort: '• peligro ahora: emergencias locales',
    emergency: (number: string) => `• en peligro ahora: ${number}`,
    emergencyShort: (number: string) => `• peligro ahora: ${number}`,
    genderViolence: (number: string) => `• violencia de género: ${number} (gratis, 24 horas)`,
    genderViolenceShort: (number: string) => `• violencia de género: ${number}`,
    suicidal: (number: string) => `• pensamientos de suicidio: ${number} (gratis, 24 horas)`,
    suicidalShort: (number: string) => `• crisis suicida: ${number}`,
    lifeLine: (number: string) => `• Línea de la Vida: ${number} (gratis, 24 horas)`,
    lifeLineShort: (number: string) => `• Línea de la Vida: ${number}`,
    us: (hotline: string, crisis: string) =>
      `• en EE. UU.: Línea Nacional contra la Violencia Doméstica, ${hotline}; línea de crisis ${crisis} (en español)`,
    usHotlineShort: (hotline: string) => `• violencia doméstica EE. UU.: ${hotline}`,
    usCrisisShort: (crisis: string) => `• crisis EE. UU.: ${crisis}`,
    helpIntro:
      'talkturn no es terapia, ni es para una relación en la que alguien tiene miedo,\nsufre amenazas, control o daño. Si es tu caso, busca ayuda en su lugar:',
  },
};
