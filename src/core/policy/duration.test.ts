import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration, describeDuration, parseDuration } from './duration.js';

describe('durations', () => {
  it('parses days, hours and minutes and rejects anything else', () => {
    expect(parseDuration('P1DT2H30M')).toEqual({ days: 1, hours: 2, minutes: 30 });
    expect(parseDuration('PT4H')).toEqual({ days: 0, hours: 4, minutes: 0 });
    for (const bad of ['P', 'PT', '4h', 'P1W', 'PT1.5H', 'P1Y', '']) expect(parseDuration(bad)).toBeNull();
  });

  it('describes a duration in words for people, and leaves anything else as written', () => {
    expect(describeDuration('PT2H')).toBe('2 hours');
    expect(describeDuration('P1D')).toBe('1 day');
    expect(describeDuration('P1DT1H30M')).toBe('1 day 1 hour 30 minutes');
    expect(describeDuration('PT0H')).toBe('0 minutes');
    expect(describeDuration('soon')).toBe('soon');
  });

  it('adds calendar time across month ends', () => {
    expect(addDuration('2026-11-30T22:00:00Z', 'PT4H')).toBe('2026-12-01T02:00:00.000Z');
    expect(addDuration('2026-11-18T15:00:00+01:00', 'P2D')).toBe('2026-11-20T14:00:00.000Z');
    expect(addDuration('not a date', 'PT4H')).toBeNull();
  });

  it('counts business days over weekends', () => {
    // 2026-11-20 is a Friday.
    expect(addDuration('2026-11-20T10:00:00Z', 'P1D', true)).toBe('2026-11-23T10:00:00.000Z');
    expect(addDuration('2026-11-20T10:00:00Z', 'P2D', true)).toBe('2026-11-24T10:00:00.000Z');
    expect(addDuration('2026-11-21T10:00:00Z', 'P1D', true)).toBe('2026-11-23T10:00:00.000Z');
    expect(addDuration('2026-11-20T10:00:00Z', 'P1D', false)).toBe('2026-11-21T10:00:00.000Z');
  });

  it('business-day results never fall on a weekend and are never earlier than calendar days', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 * 24 }), fc.integer({ min: 1, max: 20 }), (hours, days) => {
        const at = new Date(start + hours * 3_600_000).toISOString();
        const business = addDuration(at, `P${days}D`, true)!;
        const calendar = addDuration(at, `P${days}D`)!;
        const weekday = new Date(business).getUTCDay();
        return weekday !== 0 && weekday !== 6 && Date.parse(business) >= Date.parse(calendar);
      }),
    );
  });
});
