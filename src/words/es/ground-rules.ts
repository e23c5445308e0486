// "Reglas básicas": lo que los dos aceptan antes de la charla, cada uno con su nombre.
import type { Catalogue } from '../index.js';

export const groundRules: Catalogue['groundRules'] = {
  title: 'Reglas básicas',
  rules: [
    'Uno habla. El otro solo escucha.',
    'Escuchar para entender. Repetir lo que se escuchó antes de responder.',
    'Todavía no se arregla nada, ni se defiende nadie. Ya habrá tiempo para eso.',
    'Cualquiera de los dos puede hacer una pausa en cualquier momento con Ctrl+P (o P cuando nadie escribe). Una pausa es cuidado, no un fracaso.',
    'Cualquier pregunta se puede saltar.',
    'Si entra alguien, Ctrl+L deja la pantalla en blanco al momento; púlsalo otra vez para volver.',
  ],
  soloRules: [
    'Este tiempo es para ti. Escribe lo que es verdad para ti, no lo que suena bien.',
    'No hay respuestas malas, y cualquier pregunta se puede saltar.',
    'Puedes hacer una pausa en cualquier momento con Ctrl+P (o P cuando no estés escribiendo).',
  ],
  short: 'Uno habla, otro escucha. Primero repetir; sin arreglar ni defenderse. P pausa.',
  soloShort: 'Escribe lo que es verdad para ti. Salta lo que quieras. P pausa.',
  readySolo: (name: string) => `${name}: ya puedo empezar`,
  agrees: (name: string) => `${name} acepta`,
  whenReadySolo: 'Cuando estés a punto:',
  whenReady: 'Cada uno acepta con su nombre cuando esté a punto:',
};
