import { describe, expect, it } from 'vitest';
import {
  describeDirection,
  describeWeek,
  formatSeconds,
  formatShare,
} from '../../web/src/features/signals/format-signals.js';

describe('signals in words', () => {
  it.each([
    [null, '—'],
    [42.4, '42 s'],
    [720, '12 min'],
    [2 * 3600 + 5 * 60, '2 h 5 min'],
    [3 * 86_400 + 4 * 3600, '3 d 4 h'],
  ] satisfies [number | null, string][])('writes %s seconds as %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it('writes shares as whole percentages and a missing share as a dash', () => {
    expect(formatShare(2 / 3)).toBe('67%');
    expect(formatShare(null)).toBe('—');
  });

  it('says which way severity moved', () => {
    expect(describeDirection(2, 1)).toBe('2 raised, 1 lowered');
    expect(describeDirection(0, 3)).toBe('3 lowered');
    expect(describeDirection(0, 0)).toBe('none');
  });

  it('names a week by its Monday and Sunday, across a year end', () => {
    expect(describeWeek('2026-W53', '2026-12-28T00:00:00.000Z')).toBe('28 Dec – 3 Jan 2027 (week 53)');
  });
});
