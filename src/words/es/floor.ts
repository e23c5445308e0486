// "<Nombre> tiene la palabra": la pantalla de quien tiene la palabra, sus preguntas de confirmación, sus avisos.
import type { Catalogue } from '../index.js';

export const floor: Catalogue['floor'] = {
  title: (speaker: string) => `${speaker} tiene la palabra`,
  enterHint: (speaker: string) => `${speaker}, pulsa Enter cuando termines de hablar.`,
  clarifying: (prompt: string) => `Di lo que faltó sobre: ${prompt}`,
  guidanceFor: (name: string, guidance: string) => `${name}: ${guidance}`,
  offRecord: 'Fuera de las notas: nada de este turno se apuntará (O lo devuelve).',
  offRecordClarifying: 'Fuera de las notas: nada de este turno se apuntará.',
  askAgain: {
    skip: '¿Saltar esta pregunta? Pulsa S otra vez para saltarla, o cualquier otra tecla para seguir hablando.',
    closing: '¿Ir ahora al cierre? Pulsa F otra vez, o cualquier otra tecla para seguir hablando.',
    'off-record':
      '¿Dejar este turno fuera de las notas, para que no se apunte nada? Pulsa O otra vez, o cualquier otra tecla para dejarlo como está.',
    'on-record':
      '¿Volver a apuntar este turno en las notas? Pulsa O otra vez, o cualquier otra tecla para dejarlo fuera.',
  },
  askAgainShort: {
    skip: '¿Saltar esta pregunta? S otra vez.',
    closing: '¿Ir al cierre? F otra vez.',
    'off-record': '¿Fuera de las notas? O otra vez.',
    'on-record': '¿Volver a las notas? O otra vez.',
  },
};
