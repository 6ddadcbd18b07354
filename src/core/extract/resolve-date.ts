/** @module Resolve a date phrase against an item's own UTC timestamp with chrono-node. */
import * as chrono from 'chrono-node';

/** A resolved date: ISO date (or date-time when the hour is stated) and the phrase read. */
export interface ResolvedDate {
  readonly iso: string;
  readonly date: Date;
  readonly text: string;
  readonly hasTime: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Every date phrase in `sentence`, resolved against `at` in UTC. With `past`, a bare weekday that
 * lands after `at` ("since Saturday" written on a Wednesday) is moved back a week.
 */
export function resolveDates(sentence: string, at: string, past: boolean): ResolvedDate[] {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return [];
  const out: ResolvedDate[] = [];
  const parsed = chrono.parse(sentence, { instant, timezone: 0 });
  if (parsed.length === 0) return fallbackDates(sentence, instant, past);
  for (const r of parsed) {
    let date = r.start.date();
    if (
      past &&
      date.getTime() > instant.getTime() &&
      r.start.isCertain('weekday') &&
      !r.start.isCertain('day')
    ) {
      date = new Date(date.getTime() - 7 * DAY_MS);
    }
    const hasTime = r.start.isCertain('hour');
    const iso = hasTime ? date.toISOString().replace('.000Z', 'Z') : date.toISOString().slice(0, 10);
    out.push({ iso, date, text: r.text, hasTime });
  }
  return out;
}

const ORDINAL = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i;
const END_OF_DAY = /\b(?:end of (?:the )?day|eod|cob|close of business)\b/i;

function toResolved(date: Date, text: string, hasTime: boolean): ResolvedDate {
  const iso = hasTime ? date.toISOString().replace('.000Z', 'Z') : date.toISOString().slice(0, 10);
  return { iso, date, text, hasTime };
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
