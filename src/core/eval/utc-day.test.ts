import { describe, expect, it } from 'vitest';
import { utcDay } from './utc-day.js';

describe('utcDay', () => {
  it.each([
    ['2026-11-17', '2026-11-17'],
    ['2026-11-17T09:30:00Z', '2026-11-17'],
    ['2026-11-17T23:30:00-05:00', '2026-11-18'],
    ['2026-11-18T00:30:00+02:00', '2026-11-17'],
    ['2026-11-17T10:00:00.000Z', '2026-11-17'],
    ['2026-11-17 10:00', '2026-11-17'],
  ] satisfies [string, string][])('%s falls on %s (UTC)', (value, day) => {
    expect(utcDay(value)).toBe(day);
  });

  it.each(['', 'Tuesday', '2026-02-30', '17/11/2026', 'not a date'])('rejects %j', (value) => {
    expect(utcDay(value)).toBeNull();
  });
});
