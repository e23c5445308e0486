// The pure model of a choice list: which choice is highlighted, digits typed so far, the window.
// Kept free of Ink so every key sequence can be tested as plain data.

export interface ChoiceListModel {
  /** The highlighted choice, or null when nothing is chosen yet (Enter then only explains). */
  highlighted: number | null;
  /** Digits typed towards a two-digit number, e.g. "1" on a list of 12 waits for 0, 1 or 2. */
  typed: string;
  /** The first choice shown when the list is longer than its window. */
  top: number;
}

export type ChoiceListAction =
  { type: 'up' } | { type: 'down' } | { type: 'digit'; digit: string } | { type: 'enter' };

export interface ChoiceListOutcome {
  model: ChoiceListModel;
  /** A choice was made: its index. */
  chosen?: number;
  /** The number of a choice that is there but cannot be taken now was pressed: its index. */
  unavailable?: number;
  /** Enter was pressed with nothing highlighted: the list says how to choose. */
  explain?: boolean;
}

export function createChoiceListModel(
  count: number,
  initial: number | null,
  visible: number,
): ChoiceListModel {
  const highlighted = initial === null || count === 0 ? null : clamp(initial, 0, count - 1);
  return scrolled({ highlighted, typed: '', top: 0 }, count, visible);
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** Moves the window just enough to keep the highlighted choice in it. */
function scrolled(model: ChoiceListModel, count: number, visible: number): ChoiceListModel {
  const size = Math.max(1, Math.min(visible, count));
  const maxTop = Math.max(0, count - size);
  let top = clamp(model.top, 0, maxTop);
  if (model.highlighted !== null) {
    if (model.highlighted < top) top = model.highlighted;
    if (model.highlighted >= top + size) top = model.highlighted - size + 1;
  }
  return top === model.top ? model : { ...model, top };
}

/** Whether some choice number is longer than `typed` and starts with it (e.g. 1 → 10, 11, 12). */
function mayGrow(typed: string, count: number): boolean {
  return Number(typed) * 10 <= count;
}

/**
 * The next choice from `from` going `by` (1 down, -1 up), round the end, passing over the ones
 * that cannot be taken now; `from` itself when there is no other.
 */
function step(from: number, by: 1 | -1, count: number, unavailable: ReadonlySet<number>): number {
  for (let moved = 1; moved <= count; moved++) {
    const next = (((from + by * moved) % count) + count) % count;
    if (!unavailable.has(next)) return next;
  }
  return from;
}

/**
 * `unavailable`: choices shown with their number that cannot be taken now (a shorter break when
 * the break is already short). They keep their number, so the numbers after them never move and a
 * digit never changes meaning under the finger; the arrows pass over them and their number takes
 * nothing.
 */
export function reduceChoiceList(
  model: ChoiceListModel,
  action: ChoiceListAction,
  count: number,
  visible: number,
  unavailable: ReadonlySet<number> = new Set(),
): ChoiceListOutcome {
  if (count === 0) return { model };
  const at = (highlighted: number | null, typed = '') =>
    scrolled({ ...model, highlighted, typed }, count, visible);
  switch (action.type) {
    case 'up':
    case 'down': {
      const by = action.type === 'up' ? -1 : 1;
      const next = step(model.highlighted ?? (by === 1 ? -1 : count), by, count, unavailable);
      // Every choice unavailable: nothing to move to.
      return { model: at(next >= 0 && next < count ? next : model.highlighted) };
    }
    case 'enter':
      if (model.highlighted === null) return { model: at(null), explain: true };
      if (unavailable.has(model.highlighted)) {
        return { model: at(model.highlighted), unavailable: model.highlighted };
      }
      return { model: at(model.highlighted), chosen: model.highlighted };
    case 'digit': {
      // A digit that cannot continue the number typed so far starts a new one.
      const joined = model.typed + action.digit;
      const typed = Number(joined) >= 1 && Number(joined) <= count ? joined : action.digit;
      const number = Number(typed);
      if (number < 1 || number > count) return { model: at(model.highlighted) };
      if (mayGrow(typed, count)) return { model: at(number - 1, typed) };
      // Its number is its own still, and takes nothing now: the highlight stays where it was.
      if (unavailable.has(number - 1)) {
        return { model: at(model.highlighted), unavailable: number - 1 };
      }
      return { model: at(number - 1), chosen: number - 1 };
    }
  }
}

/** The choices shown: from `top` up to (not including) `end`. */
export interface RowWindow {
  top: number;
  end: number;
}

/**
 * The window of a list whose choices take `heights` rows each (a long label wraps), in `budget`
 * rows. A list that does not fit gives one row to the line saying what is out of view, keeps the
 * highlighted choice in view, scrolls as little as it can from `top`, and leaves no empty rows.
 */
export function rowWindow(
  heights: readonly number[],
  top: number,
  highlighted: number | null,
  budget: number,
): RowWindow {
  const count = heights.length;
  const sum = (from: number, to: number) =>
    heights.slice(from, to).reduce((total, height) => total + height, 0);
  if (sum(0, count) <= budget || count === 0) return { top: 0, end: count };
  const room = Math.max(1, budget - 1);
  let first = clamp(top, 0, count - 1);
  if (highlighted !== null) {
    if (highlighted < first) first = highlighted;
    while (first < highlighted && sum(first, highlighted + 1) > room) first++;
  }
  let end = first;
  let used = 0;
  while (end < count && used + (heights[end] ?? 1) <= room) used += heights[end++] ?? 1;
  if (end === first) end = first + 1;
  while (end === count && first > 0 && used + (heights[first - 1] ?? 1) <= room) {
    used += heights[--first] ?? 1;
  }
  return { top: first, end };
}
