// The smallest window talkturn draws its screens in. Every screen is laid out to fit from here up
// (test/ui/layout/ renders them all at this size); below it, one sentence asks for a bigger window
// and the screens wait, whole, underneath (components/InputGuard.tsx).
export const SMALLEST = { columns: 40, rows: 12 } as const;

export function isTooSmall(size: { columns: number; rows: number }): boolean {
  return size.columns < SMALLEST.columns || size.rows < SMALLEST.rows;
}
