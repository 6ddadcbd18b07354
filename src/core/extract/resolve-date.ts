/** @module Resolve a date phrase against an item's own UTC timestamp with chrono-node. */
import { parseCasualDates } from '../time/casual-dates.js';
import { wallTimeToUtc, zoneOffset } from '../time/wall-time.js';
import { mentionsLocalTime, statedZone } from './time-zone.js';

/** A resolved date: ISO date (or date-time when the hour is stated) and the phrase read. */
export interface ResolvedDate {
  readonly iso: string;
  readonly date: Date;
  readonly text: string;
  readonly hasTime: boolean;
  /** the day and month are stated ("Dec 6"), not relative to the reference ("Sunday", "yesterday") */
  readonly absolute: boolean;
  /** where the phrase starts in the sentence */
  readonly index: number;
  /** the phrase names a day (a date, a weekday, "tomorrow", "this evening"), not only an hour or a month */
  readonly dayStated: boolean;
  /** minutes east of UTC of the clock the phrase was read on */
  readonly offset: number;
  /** the IANA zone of that clock, when known */
  readonly zone?: string;
}

/**
 * `date` read on the clock `offset` minutes east of UTC, moved to the offset `zone` has on that day:
 * "Monday 09:30" written in winter time and due in summer time is 09:30 summer time.
 */
function onZoneClock(date: Date, offset: number, zone: string | null): Date {
  if (!zone) return date;
  const local = new Date(date.getTime() + offset * 60_000);
  const utc = wallTimeToUtc(
    {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
    },
    zone,
  );
  return utc ? new Date(utc) : date;
}

const DAY_WORD = /\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b/i;

const DAY_MS = 86_400_000;
const MAX_ZONE_AHEAD_MS = 14 * 3_600_000;

// "in a couple of seconds", "5-6 minutes": a duration, not a date
const DURATION_ONLY = /^(?:in |within )?(?:a (?:couple|few) of |\d+(?:-\d+)? )?(?:sec|second|min|minute)s?$/i;

/**
 * Every date phrase in `sentence`, resolved against `at`. Times are read in the zone the sentence
 * states ("6:40am Melbourne time", "5pm AEST"; "their time" takes `zoneHint`), else in the
 * speaker's `ownZone` when known, else in UTC. With
 * `past`, a bare weekday that lands after `at` ("since Saturday" written on a Wednesday) is moved
 * back a week.
 */
export function resolveDates(
  sentence: string,
  at: string,
  past: boolean,
  zoneHint: string | null = null,
  ownZone: string | null = null,
): ResolvedDate[] {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return [];
  const out: ResolvedDate[] = [];
  const zone = statedZone(sentence, zoneHint) ?? ownZone;
  const timezone = zone ? zoneOffset(zone, instant) : 0;
  // "Tue morning their time" in an unknown zone: up to 14 hours ahead of UTC is still that day
  const slack = !zone && mentionsLocalTime(sentence) ? MAX_ZONE_AHEAD_MS : 0;
  const parsed = parseCasualDates(sentence, { instant, timezone }).filter(
    (r) => !DURATION_ONLY.test(r.text.trim()),
  );
  if (parsed.length === 0) return fallbackDates(sentence, instant, past);
  for (const r of parsed) {
    let date = onZoneClock(r.start.date(), timezone, zone);
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
    const dayStated = r.start.isCertain('day') || r.start.isCertain('weekday') || DAY_WORD.test(r.text);
    out.push({
      iso,
      date,
      text: r.text,
      hasTime,
      absolute,
      index: r.index,
      dayStated,
      offset: timezone,
      ...(zone ? { zone } : {}),
    });
  }
  return out;
}

const ORDINAL = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i;
const END_OF_DAY = /\b(?:end of (?:the )?day|eod|cob|close of business)\b/i;

function toResolved(date: Date, text: string, hasTime: boolean, index: number): ResolvedDate {
  const iso = hasTime ? date.toISOString().replace('.000Z', 'Z') : date.toISOString().slice(0, 10);
  return { iso, date, text, hasTime, absolute: false, index, dayStated: true, offset: 0 };
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
    if (day >= 1 && day <= 31 && date.getUTCDate() === day)
      return [toResolved(date, ordinal[0], false, ordinal.index)];
  }
  const eod = END_OF_DAY.exec(sentence);
  if (eod) {
    const date = new Date(
      Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), 23, 59),
    );
    return [toResolved(date, eod[0], true, eod.index)];
  }
  return [];
}

// what may stand between a day and the hour that belongs to it: "Monday 4.1. from 6:00", "yesterday
// (around 4pm)", "the 7am class tomorrow"
const DAY_TIME_GAP = /^[\s(),.\d]*(?:[\p{L}-]+[\s(),.]+){0,2}$/u;

/**
 * A day and an hour read as two phrases but said of one moment ("the 7am class tomorrow",
 * "yesterday (around 4pm)") become one date: that day at that hour, on the clock they were read on.
 */
export function joinDayAndTime(sentence: string, dates: readonly ResolvedDate[]): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (!a) continue;
    const gap = b ? sentence.slice(a.index + a.text.length, b.index) : '';
    const day = a.dayStated && !a.hasTime ? a : b?.dayStated && !b.hasTime ? b : null;
    const hour = a.hasTime && !a.dayStated ? a : b?.hasTime && !b.dayStated ? b : null;
    if (!b || !day || !hour || day === hour || !DAY_TIME_GAP.test(gap)) {
      out.push(a);
      continue;
    }
    const local = (d: ResolvedDate): Date => new Date(d.date.getTime() + d.offset * 60_000);
    const [dl, hl] = [local(day), local(hour)];
    const date = onZoneClock(
      new Date(
        Date.UTC(
          dl.getUTCFullYear(),
          dl.getUTCMonth(),
          dl.getUTCDate(),
          hl.getUTCHours(),
          hl.getUTCMinutes(),
        ) -
          day.offset * 60_000,
      ),
      day.offset,
      day.zone ?? null,
    );
    const text = sentence.slice(a.index, b.index + b.text.length);
    out.push({ ...toResolved(date, text, true, a.index), dayStated: true, offset: day.offset });
    i++;
  }
  return out;
}
