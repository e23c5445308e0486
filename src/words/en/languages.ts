// Words about languages and places: choosing the language, and the crisis lines of each country
// (their numbers and sources are in src/words/crisis-lines.ts).

export const languages = {
  /** `--lang` in the help. */
  langOption: 'the language to use: en (English) or es (Spanish)',
  unknownLang: (given: string) =>
    `talkturn does not speak "${given}" yet: use --lang en for English or --lang es for Spanish.`,
  /** The guided set-up asks once, in both languages, so whoever reads it can answer. */
  chooseTitle: 'Language · Idioma',
  chooseAsk: 'Which language would you like? · ¿En qué idioma hablamos?',
  /** Each language's name in itself. */
  names: { en: 'English', es: 'Español' },
  /** A deck's `lang:` setting that is not a language code. */
  deckLang: (given: string) => `lang must be a language code such as "es" or "en", not ${given}`,
  crisis: {
    /** The first lines of where to turn instead, in full and for a small terminal. */
    intro: [
      'It is not for a relationship where anyone is afraid, threatened, controlled or hurt.',
      'If that is you, please reach out instead:',
    ],
    introShort: 'Not for anyone afraid, threatened, controlled or hurt. Reach out instead:',
    localEmergency: '• in danger now: your local emergency number',
    localEmergencyShort: '• danger now: local emergency number',
    emergency: (number: string) => `• in danger now: ${number}`,
    emergencyShort: (number: string) => `• danger now: ${number}`,
    genderViolence: (number: string) => `• gender violence: ${number} (free, all day)`,
    genderViolenceShort: (number: string) => `• gender violence: ${number}`,
    suicidal: (number: string) => `• thoughts of suicide: ${number} (free, all day)`,
    suicidalShort: (number: string) => `• suicide crisis: ${number}`,
    lifeLine: (number: string) => `• Línea de la Vida: ${number} (free, all day)`,
    lifeLineShort: (number: string) => `• Línea de la Vida: ${number}`,
    us: (hotline: string, crisis: string) =>
      `• in the US: National Domestic Violence Hotline, ${hotline}; crisis line ${crisis}`,
    usHotlineShort: (hotline: string) => `• US domestic violence: ${hotline}`,
    usCrisisShort: (crisis: string) => `• US crisis line: ${crisis}`,
    /** In `--help`, after what talkturn is not. */
    helpIntro:
      'talkturn is not therapy, and it is not for a relationship where anyone is afraid,\nthreatened, controlled or hurt. If that is you, please reach out instead:',
  },
};
