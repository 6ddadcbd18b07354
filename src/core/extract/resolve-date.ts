/** @module Resolve a date phrase against an item's own UTC timestamp with chrono-node. */
import { parseCasualDates } from '../time/casual-dates.js';
import { zoneOffset } from '../time/wall-time.js';
import { mentionsLocalTime, statedZone } from './time-zone.js';

/** A resolved date: ISO date (or date-time when the hour is stated) and the phrase read. */
export interface ResolvedDate {
  readonly iso: string;
  readonly date: Date;
  readonly text: string;
  readonly hasTime: boolean;
  /** the day and month are stated ("Dec 6"), not relative to the reference ("Sunday", "yesterday") */
  readonly absolute: boolean;
}

const DAY_MS = 86_400_000;
const MAX_ZONE_AHEAD_MS = 14 * 3_600_000;

// "in a couple of seconds", "5-6 minutes": a duration, not a date
const DURATION_ONLY = /^(?:in |within )?(?:a (?:couple|few) of |\d+(?:-\d+)? )?(?:sec|second|min|minute)s?$/i;

/**
 * Every date phrase in `sentence`, resolved against `at`. Times are read in the zone the sentence
 * states ("6:40am Melbourne time", "5pm AEST"; "their time" takes `zoneHint`), else in UTC. With
 * `past`, a bare weekday that lands after `at` ("since Saturday" written on a Wednesday) is moved
 * back a week.
 */
export function resolveDates(
  sentence: string,
  at: string,
  past: boolean,
  zoneHint: string | null = null,
): ResolvedDate[] {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return [];
  const out: ResolvedDate[] = [];
  const zone = statedZone(sentence, zoneHint);
  const timezone = zone ? zoneOffset(zone, instant) : 0;
  // "Tue morning their time" in an unknown zone: up to 14 hours ahead of UTC is still that day
  const slack = !zone && mentionsLocalTime(sentence) ? MAX_ZONE_AHEAD_MS : 0;
  const parsed = parseCasualDates(sentence, { instant, timezone }).filter(
    (r) => !DURATION_ONLY.test(r.text.trim()),
  );
  if (parsed.length === 0) return fallbackDates(sentence, instant, past);
  for (const r of parsed) {
    let date = r.start.date();
    if (
      past &&
      date.getTime() > instant.getTime() + slack &&
      r.start.isCertain('weekday') &&
      !r.start.isCertain('day')
    ) {
      date = new Date(date.getTime() - 7 * DAY_MS);
    } else if (past && slack > 0 && date.getTime() > instant.getTime()) {
      // that day in a zone ahead of UTC: it has begun by the time of writing
      date = instant;
    }
    const hasTime = r.start.isCertain('hour');
    // a date without a time is the UTC day of its instant (noon in its zone for a bare date)
    const iso = hasTime ? date.toISOString().replace('.000Z', 'Z') : date.toISOString().slice(0, 10);
    const absolute =
      r.start.isCertain('day') &&
      r.start.isCertain('month') &&
      /\d/.test(r.text) &&
      !/\b(?:ago|in|within|yesterday|today|tomorrow|tonight|last|next|this)\b/i.test(r.text);
    out.push({ iso, date, text: r.text, hasTime, absolute });
  }
  return out;
}

const ORDINAL = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i;
const END_OF_DAY = /\b(?:end of (?:the )?day|eod|cob|close of business)\b/i;

function toResolved(date: Date, text: string, hasTime: boolean): ResolvedDate {
  const iso = hasTime ? date.toISOString().replace('.000Z', 'Z') : date.toISOString().slice(0, 10);
  return { iso, date, text, hasTime, absolute: false };
}

// what chrono leaves: "since the 3rd" (that day of this month, or last month when still ahead)
// and "by end of day" (the item's own day)
function fallbackDates(sentence: string, instant: Date, past: boolean): ResolvedDate[] {
  const ordinal = ORDINAL.exec(sentence);
  if (ordinal?.[1]) {
    const day = Number(ordinal[1]);
    let date = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), day, 12));
    if (past && date.getTime() > instant.getTime())
      date = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() - 1, day, 12));
    if (day >= 1 && day <= 31 && date.getUTCDate() === day) return [toResolved(date, ordinal[0], false)];
  }
  const eod = END_OF_DAY.exec(sentence);
  if (eod) {
    const date = new Date(
      Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), 23, 59),
    );
    return [toResolved(date, eod[0], true)];
  }
  return [];
}
