import { describe, expect, it } from 'vitest';
import { isoWeekOf, lastWeeks } from './iso-week.js';

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-07T00:00:00.000Z', '2026-W50', '2026-12-07T00:00:00.000Z'],
    ['2026-12-06T23:59:59.999Z', '2026-W49', '2026-11-30T00:00:00.000Z'],
    // 1 January 2027 is a Friday: it still belongs to the last week of 2026.
    ['2027-01-01T12:00:00.000Z', '2026-W53', '2026-12-28T00:00:00.000Z'],
    // 29 December 2025 is a Monday whose Thursday falls in 2026: week 1 of 2026.
    ['2025-12-30T08:00:00.000Z', '2026-W01', '2025-12-29T00:00:00.000Z'],
    // An offset is converted to UTC first: 01:00 on Monday in +02:00 is Sunday in UTC.
    ['2026-12-07T01:00:00+02:00', '2026-W49', '2026-11-30T00:00:00.000Z'],
  ] satisfies [string, string, string][])('puts %s in %s starting %s', (instant, id, start) => {
    const week = isoWeekOf(instant);
    expect(week.id).toBe(id);
    expect(week.start).toBe(start);
    expect(Date.parse(week.end) - Date.parse(week.start)).toBe(7 * 86_400_000);
  });

  it('lists the weeks ending with the current one, newest first and without gaps', () => {
    const weeks = lastWeeks('2027-01-06T10:00:00.000Z', 3).map((w) => w.id);
    expect(weeks).toEqual(['2027-W01', '2026-W53', '2026-W52']);
  });
});
