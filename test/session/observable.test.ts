import { describe, expect, it, vi } from 'vitest';
import { observable } from '../../src/session/observable.js';

describe('observable', () => {
  it('tells each listener what changed it and the new value', () => {
    const value = observable<number, string>(1);
    const heard = vi.fn();
    value.subscribe(heard);
    expect(value.setState(2, 'typed')).toBe(true);
    expect(heard).toHaveBeenCalledWith('typed', 2);
    expect(value.getState()).toBe(2);
  });

  it('counts the same value again as no change', () => {
    const same = { a: 1 };
    const value = observable(same);
    const heard = vi.fn();
    value.subscribe(heard);
    expect(value.setState(same)).toBe(false);
    expect(heard).not.toHaveBeenCalled();
  });

  it('stops telling a listener once it unsubscribes', () => {
    const value = observable('a');
    const heard = vi.fn();
    const stop = value.subscribe(heard);
    stop();
    value.setState('b');
    expect(heard).not.toHaveBeenCalled();
    expect(value.getState()).toBe('b');
  });
});
