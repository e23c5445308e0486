// Lo que dice una ventana demasiado pequeña en lugar de las pantallas. Breve: puede tener pocas columnas.
import type { Catalogue } from '../index.js';

export const smallWindow: Catalogue['smallWindow'] = {
  tooSmall: (columns: number, rows: number) =>
    `La ventana es demasiado pequeña. Agrándala al menos a ${columns} por ${rows} para seguir. No se pierde nada.`,
};
