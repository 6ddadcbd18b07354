/**
 * @module ISO 8601 durations (days, hours, minutes) and adding them to a UTC instant, with
 * days optionally counted as business days (Monday to Friday, UTC).
 */

/** An ISO 8601 duration of days, hours and minutes: `PT4H`, `P1D`, `P1DT2H30M`. */
export const DURATION_PATTERN = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/;

export interface Duration {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

const PARTS = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Parses `P1DT2H30M`-style durations; null when not one. */
export function parseDuration(text: string): Duration | null {
  if (!DURATION_PATTERN.test(text)) return null;
  const match = PARTS.exec(text);
  if (!match) return null;
  return { days: Number(match[1] ?? 0), hours: Number(match[2] ?? 0), minutes: Number(match[3] ?? 0) };
}

/** `PT2H` → `2 hours`, `P1DT30M` → `1 day 30 minutes`; text that is not a duration comes back as is. */
export function describeDuration(text: string): string {
  const parsed = parseDuration(text);
  if (!parsed) return text;
  const unit = (n: number, name: string): string => (n === 0 ? '' : `${n} ${name}${n === 1 ? '' : 's'}`);
  const words = [unit(parsed.days, 'day'), unit(parsed.hours, 'hour'), unit(parsed.minutes, 'minute')]
    .filter((w) => w !== '')
    .join(' ');
  return words === '' ? '0 minutes' : words;
}

function isWeekend(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Adds `duration` to the instant `at` (ISO) and returns an ISO UTC string, or null when either is
 * invalid. With `businessDays`, each day skips Saturdays and Sundays: Friday 10:00 + P1D → Monday 10:00.
 */
export function addDuration(at: string, duration: string, businessDays = false): string | null {
  const start = Date.parse(at);
  const parsed = parseDuration(duration);
  if (Number.isNaN(start) || !parsed) return null;
  let ms = start;
  if (businessDays) {
    for (let day = 0; day < parsed.days; day += 1) {
      ms += DAY;
      while (isWeekend(ms)) ms += DAY;
    }
  } else {
    ms += parsed.days * DAY;
  }
  ms += parsed.hours * HOUR + parsed.minutes * 60_000;
  return new Date(ms).toISOString();
}
