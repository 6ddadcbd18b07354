import { describe, expect, it } from 'vitest';
import { isTimeZone } from './is-time-zone.js';
import { wallTimeToUtc, zoneOffset } from './wall-time.js';

describe('wallTimeToUtc', () => {
  it.each([
    [{ year: 2026, month: 11, day: 11, hour: 10, minute: 2 }, 'Europe/London', '2026-11-11T10:02:00.000Z'],
    [{ year: 2026, month: 7, day: 1, hour: 10, minute: 2 }, 'Europe/London', '2026-07-01T09:02:00.000Z'],
    [{ year: 2026, month: 11, day: 25, hour: 9, minute: 14 }, 'America/New_York', '2026-11-25T14:14:00.000Z'],
    [
      { year: 2026, month: 11, day: 18, hour: 23, minute: 30 },
      'America/Los_Angeles',
      '2026-11-19T07:30:00.000Z',
    ],
    [{ year: 2026, month: 11, day: 18, hour: 0, minute: 15 }, 'Asia/Kolkata', '2026-11-17T18:45:00.000Z'],
    [{ year: 2026, month: 3, day: 8, hour: 3, minute: 30 }, 'America/New_York', '2026-03-08T07:30:00.000Z'],
    [{ year: 2026, month: 11, day: 11, hour: 10, minute: 2 }, 'UTC', '2026-11-11T10:02:00.000Z'],
  ])('converts %j in %s', (time, zone, expected) => {
    expect(wallTimeToUtc(time, zone)).toBe(expected);
  });

  it('returns null for an unknown zone or an impossible date', () => {
    expect(wallTimeToUtc({ year: 2026, month: 1, day: 1, hour: Number.NaN, minute: 0 }, 'UTC')).toBeNull();
    expect(wallTimeToUtc({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'Mars/Olympus')).toBeNull();
    expect(isTimeZone('Europe/London')).toBe(true);
  });
});

describe('zoneOffset', () => {
  it('follows daylight saving', () => {
    expect(zoneOffset('Australia/Melbourne', new Date('2026-11-18T00:00:00Z'))).toBe(660);
    expect(zoneOffset('Australia/Melbourne', new Date('2026-07-18T00:00:00Z'))).toBe(600);
    expect(zoneOffset('Europe/Oslo', new Date('2026-12-06T00:00:00Z'))).toBe(60);
    expect(zoneOffset('America/New_York', new Date('2026-12-06T00:00:00Z'))).toBe(-300);
  });
});

describe('wallTimeToUtc with seconds', () => {
  it('keeps seconds and milliseconds', () => {
    expect(
      wallTimeToUtc(
        { year: 2026, month: 7, day: 3, hour: 8, minute: 5, second: 9, millisecond: 250 },
        'Europe/Oslo',
      ),
    ).toBe('2026-07-03T06:05:09.250Z');
  });
});
