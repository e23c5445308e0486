// "Charla guardada", y la pantalla que dice que las notas aún no se han guardado (no se pierde nada).
import type { Catalogue } from '../index.js';

export const saved: Catalogue['saved'] = {
  title: 'Charla guardada',
  thanksSolo: 'Gracias por darte este tiempo.',
  thanks: 'Gracias a los dos por estar aquí. Importa.',
  notesIn: 'Las notas están en:',
  private: 'Solo tu cuenta de usuario en este ordenador puede abrirlas.',
  bringIt: 'Se pueden llevar a terapia, o leer juntos antes de la próxima charla.',
  failed: {
    title: 'Las notas aún no se han guardado',
    quit: (resumeCommand: string) => `Salir por ahora (${resumeCommand} lo recupera)`,
    nothingLost: 'No se ha perdido nada de lo escrito: todo sigue aquí.',
    typeFolder: 'Escribe una carpeta donde guardarlas y pulsa Enter:',
    retry: 'Probar otra vez',
    otherFolder: 'Guardar en otra carpeta',
  },
};
