// What a window too small for the screens says instead of them. Short: it may be a few columns.
export const smallWindow = {
  /** "at least 40 by 12": columns, then rows. */
  tooSmall: (columns: number, rows: number) =>
    `This window is too small. Make it at least ${columns} by ${rows} to go on. Nothing is lost.`,
};
