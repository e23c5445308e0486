import { describe, expect, it } from 'vitest';
import { fit } from '../../src/text/fit.js';
import { graphemes, width } from '../../src/text/width.js';

describe('fit', () => {
  it('leaves text that fits as it is', () => {
    expect(fit('Ana and Ben', 11)).toBe('Ana and Ben');
  });

  it('cuts to the columns given, with an ellipsis and no space before it', () => {
    expect(fit('Hard questions, asked gently', 16)).toBe('Hard questions,…');
    expect(fit('Hard questions asked gently', 16)).toBe('Hard questions…');
  });

  it('counts wide characters as two columns and never splits an emoji', () => {
    expect(fit('話話話話', 5)).toBe('話話…');
    const cut = fit('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 5);
    expect(cut).toBe('👨‍👩‍👧‍👦👨‍👩‍👧‍👦…');
    expect(width(cut)).toBeLessThanOrEqual(5);
  });
});

describe('graphemes', () => {
  it('yields what a person sees as one character', () => {
    expect([...graphemes('é🇳🇱a')]).toEqual(['é', '🇳🇱', 'a']);
  });
});
