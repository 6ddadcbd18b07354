/**
 * @module Deadlines the customer or the contract states: a time something must happen by ("before
 * 3 PM today", "by Friday"), an upcoming event their work hangs on ("our go-live is Monday"), and an
 * account's renewal. Relative words are read against the message they appear in, on the speaker's
 * clock; a date told in the past, a log time or a state that lasts is no deadline (time/reads-due-time).
 */
import type { Facts } from '../model/packet.js';
import { DUE_READINGS, type DueReading, readsDueTime } from '../time/reads-due-time.js';
import { wallTimeToUtc } from '../time/wall-time.js';
import type { ExtractContext, Item } from './context.js';
import { joinDayAndTime, type ResolvedDate, resolveDates } from './resolve-date.js';
import { cleanSentence } from './text/clean-sentence.js';
import { caseZone, statedZone } from './time-zone.js';

const MAX_DEADLINES = 6;
const HOUR_MS = 3_600_000;
// "for now", "until now": the present, not a date to meet
const NOW = /^(?:right )?now$/i;
// a part of the day later than the message still counts as ahead: "the labels run out this evening"
const PART_OF_DAY = /\b(?:tonight|afternoon|evening|night)\b/i;

/** The position sits inside "[…]": a link's or an image's text ("![Screen Shot 2021-05-09 at 8 58 AM]"). */
function insideBrackets(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return before.lastIndexOf('[') > before.lastIndexOf(']');
}

/** Who wrote the item, by e-mail address or name, or null when nobody is named. */
function speaker(item: Item): string | null {
  const author = item.ev.author;
  return author ? (author.email ?? author.name).toLowerCase() : null;
}

/** The local calendar day of `ms` in `zone` (UTC without one), as YYYY-MM-DD. */
function localDay(ms: number, zone: string | null): string {
  if (!zone) return new Date(ms).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(ms));
}

/**
 * A date without a time is due at the end of that day: 23:59 on the speaker's clock, kept inside
 * the same UTC date so the day named stays the day shown (never later than their own end of day).
 */
function endOfDay(date: ResolvedDate, zone: string | null): string {
  if (!zone) return `${date.iso}T23:59:00Z`;
  // the day named: a bare date is noon on the speaker's clock, the day before in UTC east of +12
  const named = localDay(date.date.getTime(), zone);
  const utc = `${named}T23:59:00Z`;
  const [year, month, day] = named.split('-').map(Number);
  const local = wallTimeToUtc(
    { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: 23, minute: 59 },
    zone,
  );
  return local && Date.parse(local) < Date.parse(utc) ? local.replace('.000Z', 'Z') : utc;
}

/** Whether the date lies ahead of the message: due times from an hour before it, events after it. */
function ahead(date: ResolvedDate, reading: DueReading, at: number, zone: string | null): boolean {
  if (NOW.test(date.text.trim())) return false;
  if (reading !== 'event') return date.date.getTime() >= at - HOUR_MS;
  if (date.hasTime || PART_OF_DAY.test(date.text)) return date.date.getTime() > at;
  return localDay(date.date.getTime(), zone) > localDay(at, zone);
}

/** Deadlines stated in customer messages (and restated by our public replies), and account renewals. */
export function extractDeadlines(ctx: ExtractContext): Facts['deadlines'] {
  const out: Facts['deadlines'] = [];
  const seen = new Set<string>();
  let nearby: string | null | undefined;
  // "their time" with no zone named: a zone named elsewhere in the case
  const hint = (): string | null => {
    if (nearby === undefined) nearby = caseZone(ctx.items.map((i) => i.ev.text));
    return nearby;
  };
  // the speaker's clock: the zone their own messages name ("it started at 6:40am Melbourne time")
  const spoken = new Map<string, string>();
  for (const item of ctx.items) {
    const who = speaker(item);
    const zone = who && !spoken.has(who) ? statedZone(item.ev.text) : null;
    if (who && zone) spoken.set(who, zone);
  }
  const push = (at: string, text: string, item: Item, zone?: string | null): void => {
    if (seen.has(at + text)) return;
    seen.add(at + text);
    // an hour read on nobody's known clock is read in UTC, and the packet says so
    const clock = zone === undefined ? {} : zone ? { zone } : { zone: 'UTC', zoneAssumed: true };
    out.push({ at, text, cites: [item.id], ...clock });
  };
  for (const item of ctx.items) {
    if (!item.at) continue;
    const at = Date.parse(item.at);
    if (item.unit === 'account' && item.ev.meta?.field === 'renewal') {
      const date = resolveDates(item.ev.text, item.at, false).find((d) => d.date.getTime() >= at - HOUR_MS);
      if (date) push(date.hasTime ? date.iso : endOfDay(date, null), `Renewal ${item.ev.text.trim()}`, item);
      continue;
    }
    const staff = item.isStaff && item.isPublic;
    if (!item.isCustomer && !staff) continue;
    // a zone the message names, else one the speaker named elsewhere, else the speaker's own clock
    // as the source states it (profile, Date header offset), else the case's own (handoff.yaml)
    const who = speaker(item);
    const own =
      statedZone(item.ev.text) ??
      (who ? spoken.get(who) : undefined) ??
      item.ev.author?.zone ??
      ctx.manifest?.timezone ??
      null;
    for (const [i, s] of item.sentences.entries()) {
      const zone = statedZone(s, hint()) ?? own;
      const found = joinDayAndTime(s, resolveDates(s, item.at, false, hint(), own))
        .filter((date) => !insideBrackets(s, date.index))
        .map((date) => ({ date, reading: readsDueTime(s, date, staff, item.analyzed[i]) }))
        .filter((d) => d.reading && ahead(d.date, d.reading, at, zone));
      // a sentence's deadline is its surest reading, a stated hour before a bare day, then the first
      // named ("by Friday, before the weekend peak" is Friday)
      const rank = (d: (typeof found)[number]): number =>
        DUE_READINGS.indexOf(d.reading ?? 'event') * 2 + (d.date.hasTime ? 0 : 1);
      const best = found.reduce<(typeof found)[number] | undefined>(
        (a, d) => (a === undefined || rank(d) < rank(a) ? d : a),
        undefined,
      );
      if (best)
        push(
          best.date.hasTime ? best.date.iso : endOfDay(best.date, zone),
          cleanSentence(s),
          item,
          best.date.hasTime ? zone : undefined,
        );
    }
  }
  return out.slice(0, MAX_DEADLINES);
}
