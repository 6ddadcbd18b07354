/** @module Zone offsets and wall-clock times in an IANA zone to UTC, with Intl only (pure: no machine zone, no clock). */

export interface WallTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
  readonly millisecond?: number;
}

// one formatter per valid zone (a finite set); a name Intl refuses is not kept, so text cannot grow this
const formats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(zone: string): Intl.DateTimeFormat | null {
  const known = formats.get(zone);
  if (known) return known;
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
    return format;
  } catch {
    return null;
  }
}

function offsetMinutes(zone: string, epochMs: number): number | null {
  const format = offsetFormat(zone);
  if (!format) return null;
  const name = format.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d\d):?(\d\d)?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Minutes east of UTC that `zone` is at `instant` (0 for a zone Intl does not know). */
export function zoneOffset(zone: string, instant: Date): number {
  return offsetMinutes(zone, instant.getTime()) ?? 0;
}

/**
 * The UTC ISO time of a wall-clock time in `zone`, or null for an unknown zone or an impossible date.
 * In a DST gap or overlap the earlier offset wins, as most calendars do.
 * @example wallTimeToUtc({ year: 2026, month: 11, day: 11, hour: 10, minute: 2 }, 'Europe/London') // '2026-11-11T10:02:00.000Z'
 */
export function wallTimeToUtc(time: WallTime, zone: string): string | null {
  const naive = Date.UTC(
    time.year,
    time.month - 1,
    time.day,
    time.hour,
    time.minute,
    time.second ?? 0,
    time.millisecond ?? 0,
  );
  if (Number.isNaN(naive)) return null;
  const first = offsetMinutes(zone, naive);
  if (first === null) return null;
  // Re-check the offset at the corrected instant: it differs only around a DST switch.
  const second = offsetMinutes(zone, naive - first * 60_000) ?? first;
  return new Date(naive - second * 60_000).toISOString();
}
