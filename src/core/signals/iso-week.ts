/** @module The ISO 8601 week (Monday to Sunday, UTC) an instant falls in: `2026-W49` and its bounds. */

export interface IsoWeek {
  /** `2026-W49` */
  readonly id: string;
  /** Monday 00:00 UTC, as an ISO date-time */
  readonly start: string;
  /** the next Monday 00:00 UTC (exclusive) */
  readonly end: string;
}

const DAY_MS = 86_400_000;

/**
 * The UTC ISO week holding `instant`.
 *
 * @example isoWeekOf('2027-01-01T12:00:00Z').id === '2026-W53'
 */
export function isoWeekOf(instant: string | number): IsoWeek {
  const at = new Date(instant);
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  // Monday = 0 … Sunday = 6
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  const monday = midnight - weekday * DAY_MS;
  // The week belongs to the year its Thursday falls in.
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 1 + ((4 - new Date(Date.UTC(year, 0, 1)).getUTCDay() + 7) % 7));
  const week = 1 + Math.round((thursday.getTime() - firstThursday) / (7 * DAY_MS));
  return {
    id: `${year}-W${String(week).padStart(2, '0')}`,
    start: new Date(monday).toISOString(),
    end: new Date(monday + 7 * DAY_MS).toISOString(),
  };
}

/** The `count` weeks ending with the one holding `now`, newest first. */
export function lastWeeks(now: string, count: number): IsoWeek[] {
  const current = isoWeekOf(now);
  const weeks: IsoWeek[] = [];
  for (let i = 0; i < count; i++) weeks.push(isoWeekOf(Date.parse(current.start) - i * 7 * DAY_MS));
  return weeks;
}
