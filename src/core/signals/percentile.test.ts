import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile (nearest rank)', () => {
  const TEN_DURATIONS = [90, 10, 80, 20, 70, 30, 60, 40, 50, 1000];

  it('gives the median and p90 as values seen, whatever the input order', () => {
    expect(percentile(TEN_DURATIONS, 50)).toBe(50);
    expect(percentile(TEN_DURATIONS, 90)).toBe(90);
    expect(percentile(TEN_DURATIONS, 100)).toBe(1000);
  });

  it('answers null for no values and the value itself for one', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([42], 90)).toBe(42);
  });
});
