import { useCursor, type CursorPosition, type DOMElement } from 'ink';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Where a box sits in Ink's output, from the layout Ink computed for the last frame. */
function positionInOutput(element: DOMElement | null): CursorPosition | undefined {
  if (!element?.yogaNode) return undefined;
  let x = 0;
  let y = 0;
  for (let node: DOMElement | undefined = element; node; node = node.parentNode) {
    x += node.yogaNode?.getComputedLeft() ?? 0;
    y += node.yogaNode?.getComputedTop() ?? 0;
  }
  return { x, y };
}

const samePosition = (a?: CursorPosition, b?: CursorPosition): boolean =>
  a?.x === b?.x && a?.y === b?.y;

/**
 * Shows the terminal's own cursor at `position` (relative to the box in `boxRef`), so that an
 * input method draws its composition where the typing happens; `undefined` hides it.
 *
 * The box's place is read after each commit of this component; when it moved (first mount, or the
 * screen above it changed) one more render puts the cursor right. A layout change elsewhere that
 * does not re-render this component is picked up at its next render (the next keystroke).
 */
export function useTerminalCursor(
  boxRef: RefObject<DOMElement | null>,
  position: CursorPosition | undefined,
): void {
  const { setCursorPosition } = useCursor();
  const [origin, setOrigin] = useState<CursorPosition | undefined>(undefined);

  // After every commit, on purpose: the box can move without any of our props changing. Only a
  // real move sets state, so this settles after at most one extra render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const measured = positionInOutput(boxRef.current);
    if (!samePosition(measured, origin)) setOrigin(measured);
  });

  setCursorPosition(
    position && origin ? { x: origin.x + position.x, y: origin.y + position.y } : undefined,
  );
}
