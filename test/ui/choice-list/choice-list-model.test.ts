import { describe, expect, it } from 'vitest';
import {
  createChoiceListModel,
  reduceChoiceList,
  rowWindow,
  type ChoiceListAction,
} from '../../../src/ui/components/choice-list/index.js';

/** Presses keys on a list of `count` choices showing `visible` at once; returns what was chosen. */
function press(
  count: number,
  visible: number,
  initial: number | null,
  keys: string,
  unavailable: ReadonlySet<number> = new Set(),
) {
  let model = createChoiceListModel(count, initial, visible);
  const chosen: number[] = [];
  let explained = 0;
  for (const key of keys.split(' ')) {
    const action: ChoiceListAction =
      key === 'up'
        ? { type: 'up' }
        : key === 'down'
          ? { type: 'down' }
          : key === 'enter'
            ? { type: 'enter' }
            : { type: 'digit', digit: key };
    const outcome = reduceChoiceList(model, action, count, visible, unavailable);
    model = outcome.model;
    if (outcome.chosen !== undefined) chosen.push(outcome.chosen);
    if (outcome.explain) explained += 1;
  }
  return { model, chosen, explained };
}

describe('a choice list', () => {
  it('with nothing highlighted, Enter chooses nothing and explains how to choose', () => {
    const { chosen, explained, model } = press(3, 3, null, 'enter enter');
    expect(chosen).toEqual([]);
    expect(explained).toBe(2);
    expect(model.highlighted).toBeNull();
  });

  it('with nothing highlighted, Down starts at the first choice and Up at the last', () => {
    expect(press(3, 3, null, 'down').model.highlighted).toBe(0);
    expect(press(3, 3, null, 'up').model.highlighted).toBe(2);
    expect(press(3, 3, null, 'down down enter').chosen).toEqual([1]);
  });

  it('chooses 1 to 9 with one key on a short list', () => {
    expect(press(9, 9, 0, '9').chosen).toEqual([8]);
    expect(press(3, 3, 0, '7').chosen).toEqual([]);
  });

  it('reaches 10 to 12 with two digits, and 1 with 1 then Enter', () => {
    expect(press(12, 5, 0, '1 2').chosen).toEqual([11]);
    expect(press(12, 5, 0, '1 0').chosen).toEqual([9]);
    expect(press(12, 5, 0, '1 enter').chosen).toEqual([0]);
    expect(press(12, 5, 0, '3').chosen).toEqual([2]);
    // 1 then 5 is not a choice on a list of 12: 5 starts again and is chosen.
    expect(press(12, 5, 0, '1 5').chosen).toEqual([4]);
  });

  it('scrolls so the highlighted choice is always in the window', () => {
    const down = press(12, 4, 0, 'down down down down down');
    expect(down.model.highlighted).toBe(5);
    expect(down.model.top).toBe(2);
    const wrapped = press(12, 4, 0, 'up');
    expect(wrapped.model.highlighted).toBe(11);
    expect(wrapped.model.top).toBe(8);
    expect(press(12, 4, 0, '1 1').model.top).toBe(7);
  });
});

describe('the window of a list whose labels wrap', () => {
  // Five choices: the second and fourth take three rows each.
  const heights = [1, 3, 1, 3, 1];

  it('shows the whole list when it fits', () => {
    expect(rowWindow(heights, 0, 4, 9)).toEqual({ top: 0, end: 5 });
  });

  it('keeps the highlighted choice in the rows it has, one kept for "more"', () => {
    // Five rows: four for choices, one saying what is out of view.
    expect(rowWindow(heights, 0, 0, 5)).toEqual({ top: 0, end: 2 });
    expect(rowWindow(heights, 0, 3, 5)).toEqual({ top: 2, end: 4 });
    expect(rowWindow(heights, 2, 4, 5)).toEqual({ top: 3, end: 5 });
  });

  it('scrolls no more than it must on the way back up', () => {
    expect(rowWindow(heights, 3, 2, 5)).toEqual({ top: 2, end: 4 });
    expect(rowWindow(heights, 2, 0, 5)).toEqual({ top: 0, end: 2 });
  });

  it('shows a choice taller than the window rather than none', () => {
    expect(rowWindow([5, 1], 0, 0, 3)).toEqual({ top: 0, end: 1 });
  });

  it('leaves no empty rows at the end', () => {
    expect(rowWindow(heights, 4, 4, 5)).toEqual({ top: 3, end: 5 });
  });
});

describe('a choice that cannot be taken now', () => {
  it('keeps its number: the same digit takes nothing, and the numbers after it do not move', () => {
    const off = new Set([3]);
    const result = press(5, 5, null, '4 4 4 4', off);
    expect(result.chosen).toEqual([]);
    expect(result.model.highlighted).toBeNull();
    expect(press(5, 5, null, '5', off).chosen).toEqual([4]);
  });

  it('is passed over by the arrows, and Enter on it takes nothing', () => {
    const off = new Set([1]);
    expect(press(3, 3, 0, 'down', off).model.highlighted).toBe(2);
    expect(press(3, 3, 2, 'up', off).model.highlighted).toBe(0);
    expect(press(3, 3, 1, 'enter', off).chosen).toEqual([]);
    expect(press(2, 2, null, 'down down', new Set([0, 1])).model.highlighted).toBeNull();
  });
});
