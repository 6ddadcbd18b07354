/** @module Local wall-clock time in an IANA zone to UTC, with Intl only (pure, no clock). */

export interface WallTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** True when Intl knows the zone name. */
export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function offsetMs(epochMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour') % 24,
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The UTC ISO time of a wall-clock time in `zone`, or null for an unknown zone.
 * In a DST gap or overlap the earlier offset wins, as most calendars do.
 * @example wallTimeToUtc({ year: 2026, month: 11, day: 11, hour: 10, minute: 2 }, 'Europe/London') // '2026-11-11T10:02:00.000Z'
 */
export function wallTimeToUtc(time: WallTime, zone: string): string | null {
  if (!isValidZone(zone)) return null;
  const naive = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
  if (Number.isNaN(naive)) return null;
  let guess = naive - offsetMs(naive, zone);
  guess = naive - offsetMs(guess, zone);
  return new Date(guess).toISOString();
}
