/** @module Wall-clock times in an IANA zone to UTC, without reading the machine's zone or clock. */

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond?: number;
}

function zoneOffsetMinutes(utcMs: number, zone: string): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(utcMs));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
    const asUtc = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    return Number.isNaN(asUtc) ? null : Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
  } catch {
    return null;
  }
}

/**
 * The UTC ISO string of a wall-clock time in `zone` (e.g. `Europe/London`), or null when the zone
 * is unknown. Uses the offset in force at that instant, so daylight saving is respected.
 */
export function wallTimeToUtc(time: WallTime, zone: string): string | null {
  const naive = Date.UTC(
    time.year,
    time.month - 1,
    time.day,
    time.hour,
    time.minute,
    time.second,
    time.millisecond ?? 0,
  );
  if (Number.isNaN(naive)) return null;
  const first = zoneOffsetMinutes(naive, zone);
  if (first === null) return null;
  // Re-check the offset at the corrected instant: it differs only around a DST switch.
  const second = zoneOffsetMinutes(naive - first * 60_000, zone) ?? first;
  return new Date(naive - second * 60_000).toISOString();
}
