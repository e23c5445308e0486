import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, parseDuration } from '../../src/session/duration.js';

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['3m', 180_000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    [' 2M ', 120_000],
    ['0s', 0],
  ])('reads %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['abc', '', '3', 'm', '3x', '-3m', '1.5m', '3m abc'])('refuses %j', (text) =>
    expect(parseDuration(text)).toBeNull(),
  );

  it('formats for flags and for the countdown', () => {
    expect(formatDuration(90_000)).toBe('1m30s');
    expect(formatDuration(0)).toBe('0s');
    expect(formatClock(179_001)).toBe('3:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-5_000)).toBe('0:00');
  });
});
