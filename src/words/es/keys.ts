// Las palabras del pie de pantalla: la tecla de cada orden y lo que hace, y formas más cortas
// para una terminal pequeña. Las teclas son las mismas en todos los idiomas (src/ui/keys.ts).
import type { Catalogue } from '../index.js';

export const keys: Catalogue['keys'] = {
  browse: { label: '↑↓', does: 'moverse', short: '↑↓ moverse' },
  takeOut: { label: 'X', does: 'quitar o volver a poner', short: 'X quitar' },
  reorder: { label: 'U/D', does: 'subir o bajar el tema', short: 'U/D orden' },
  continue: { label: 'Enter', does: 'seguir', short: 'Enter sigue' },
  endTurn: { label: 'Enter', does: 'ya he hablado', short: 'Enter listo' },
  submit: { label: 'Enter', does: 'listo' },
  newline: { label: 'Alt+Enter', does: 'nueva línea', short: 'Alt+Enter línea' },
  choose: {
    label: (numbers: string) => `↑↓ o ${numbers}`,
    does: 'elegir',
    short: (numbers: string) => `${numbers} elegir`,
  },
  pause: { label: 'P', does: 'pausa' },
  pauseTyping: { label: 'Ctrl+P', does: 'pausa' },
  skip: { label: 'S', does: 'saltar pregunta', short: 'S saltar' },
  offRecord: { label: 'O', does: 'fuera de las notas', short: 'O sin notas' },
  onRecord: { label: 'O', does: 'volver a las notas', short: 'O con notas' },
  feeling: { label: 'H', does: '¿cómo estás?', short: 'H cómo estás' },
  closing: { label: 'F', does: 'ir al cierre', short: 'F cierre' },
  back: { label: 'Esc', does: 'volver' },
  hide: { label: 'Ctrl+L', does: 'ocultar la pantalla', short: 'Ctrl+L ocultar' },
  pickNumber: { label: '←→ o 1-9, 0 es 10', does: 'elegir', short: '0-9 elegir' },
  answerNumber: { label: '1-9, 0 es 10', does: 'responder', short: '0-9 responder' },
  racing: { label: 'R', does: 'corazón acelerado', short: 'R acelerado' },
  ratherNot: { label: 'N', does: 'prefiero no decirlo', short: 'N no decir' },
  more: { label: 'M', does: 'más', short: 'M más' },
  moreTyping: { label: 'AvPág', does: 'más', short: 'AvPág más' },
  newQuestion: { label: 'N', does: 'pregunta nueva', short: 'N nueva' },
  quit: { label: 'Ctrl+C', does: 'guardar y salir', short: 'Ctrl+C salir' },
  stop: { label: 'Ctrl+C', does: 'parar, sin escribir nada', short: 'Ctrl+C parar' },
};
