/**
 * @module Keeps respond-by and the update cadence inside the customer's own stated deadline: a
 * response target later than the deadline yields to it, and a deadline already missed means now.
 */
import type { Decision, Facts } from '../model/packet.js';
import { parseDuration } from '../policy/duration.js';

const MINUTE = 60_000;
// a cadence shorter than this is not a cadence any team can keep; the respond-by still holds
const MIN_CADENCE_MINUTES = 15;
// a cadence a person can say and keep: the time left before a deadline is cut down to the nearest of these
const ROUND_MINUTES = [15, 30, 60, 120, 180, 240, 360, 480, 720, 1440];

/** The earliest stated deadline as epoch ms, or null when none has a usable time. */
export function earliestDeadline(deadlines: Facts['deadlines']): number | null {
  let best: number | null = null;
  for (const d of deadlines) {
    const at = d.at ? Date.parse(d.at) : Number.NaN;
    if (!Number.isNaN(at) && (best === null || at < best)) best = at;
  }
  return best;
}

/** The earliest stated deadline still ahead of `asOf` (epoch ms): what the next update must come before. */
export function earliestLiveDeadline(deadlines: Facts['deadlines'], asOf: string): number | null {
  const now = Date.parse(asOf);
  return earliestDeadline(deadlines.filter((d) => d.at !== null && Date.parse(d.at) > now));
}

function minutesOf(duration: string): number | null {
  const d = parseDuration(duration);
  return d ? d.days * 24 * 60 + d.hours * 60 + d.minutes : null;
}

function asDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

/** The largest round period not longer than `minutes` ("7 hours 29 minutes" → 6 hours); whole days stay. */
export function roundDown(minutes: number): number {
  if (minutes >= 1440) return Math.floor(minutes / 1440) * 1440;
  return [...ROUND_MINUTES].reverse().find((r) => r <= minutes) ?? minutes;
}

/** respond-by no later than the deadline; a deadline already past makes it asOf. */
export function capRespondBy(respondBy: string | null, deadline: number | null, asOf: string): string | null {
  if (deadline === null) return respondBy;
  const now = Date.parse(asOf);
  if (Number.isNaN(now)) return respondBy;
  const cap = Math.max(now, deadline);
  const current = respondBy ? Date.parse(respondBy) : Number.NaN;
  if (!Number.isNaN(current) && current <= cap) return respondBy;
  return new Date(cap).toISOString();
}

/**
 * The cadence with each period no longer than the time left before a future deadline, so the next
 * update lands before it. A deadline already past leaves the cadence alone (respond-by is now).
 */
export function capCadence(
  cadence: Decision['cadence'],
  deadline: number | null,
  asOf: string,
): Decision['cadence'] {
  if (!cadence || deadline === null) return cadence;
  const left = Math.floor((deadline - Date.parse(asOf)) / MINUTE);
  if (Number.isNaN(left) || left <= 0) return cadence;
  const limit = roundDown(Math.max(MIN_CADENCE_MINUTES, left));
  const cap = (duration: string): string => {
    const minutes = minutesOf(duration);
    return minutes !== null && minutes > limit ? asDuration(limit) : duration;
  };
  return { internal: cap(cadence.internal), customer: cap(cadence.customer) };
}

/**
 * A due time counted from `from` (the last update sent, or asOf), no later than a deadline still
 * ahead of `from`; a deadline already behind it leaves the due time alone.
 */
export function capDueTime(due: string | null, deadline: number | null, from: string): string | null {
  if (due === null || deadline === null) return due;
  const at = Date.parse(due);
  if (Number.isNaN(at) || deadline <= Date.parse(from) || at <= deadline) return due;
  return new Date(deadline).toISOString();
}
