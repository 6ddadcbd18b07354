/**
 * @module A log line's leading timestamp in the many ways logs write it; a missing year or zone is
 * reported, never invented (a year comes only from a reference time the caller gives, and says so).
 */

import { wallTimeToUtc } from '../../time/wall-time.js';
import { toUtcIso } from '../util/time.js';

/** What a reader knows about a file's clock: its IANA zone and a reference time to place yearless dates. */
export interface LogClock {
  readonly zone?: string | undefined;
  /** an ISO date-time (the manifest's asOf): a date without a year takes the year that puts it at or before this */
  readonly reference?: string | undefined;
}

export interface LogStamp {
  /** characters the timestamp (and the spaces after it) take */
  readonly length: number;
  readonly at: string | null;
  /** read but without a zone, and no zone was given */
  readonly zoneless: boolean;
  /** the date has no year (syslog `Jun 14`, logcat `03-17`) */
  readonly yearless: boolean;
  /** the year was taken from the reference time */
  readonly yearFromReference: boolean;
  /** a clock or date that cannot be placed at all (no date, or an ambiguous day/month order) */
  readonly undated: boolean;
  /** the timestamp as written, for summaries when it cannot be placed */
  readonly raw: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MON = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

const ISO =
  /^\[?(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,:](\d{1,9}))?\s?(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\]?,?\s*/;
const APACHE = /^\[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? ([+-]\d{4})\]\s*/;
// Apache error log and ctime(): `[Sun Dec 04 04:47:44 2005]`, `Wed Jun 30 21:49:08.123 1993`
const CTIME = new RegExp(
  `^\\[?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MON} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))? (\\d{4})\\]?\\s*`,
);
// RFC 3164 syslog, journald short and short-precise: `Jun 14 15:16:01`, `Aug  1 09:00:55.123456`
const SYSLOG = new RegExp(`^${MON} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?\\s+`);
// Android logcat (threadtime, time): `03-17 16:13:38.811`
const LOGCAT = /^(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})\s+/;
const EPOCH = /^(\d{10})(?:\.(\d{1,6})|(\d{3}))?\s+/;
// dates whose field order is not stated: `17/06/09 20:10:40` (yy/MM/dd or dd/MM/yy), `081109 203615`
const AMBIGUOUS =
  /^\[?(?:\d{2}[/.-]\d{2}[/.-]\d{2,4}[ T-]\d{2}:\d{2}:\d{2}(?:[.,:]\d{1,6})?|\d{6} \d{6})\]?\s+/;
// ISO 8601 basic and compact forms: `20171223-22:15:29:606`, `20240102T101500`
const COMPACT =
  /^(\d{4})(\d{2})(\d{2})[-T ]?(\d{2}):?(\d{2}):?(\d{2})(?:[.,:](\d{1,6}))?(Z)?\s*(?=[\s|,;\]-]|$)\|?/;
// a day and month without a year, in an order the file does not state: `[10.30 16:49:06]`
const DAY_MONTH = /^\[?\d{1,2}[./]\d{1,2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]?\s+/;
const CLOCK = /^\[?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]?\s+/;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function ms(fraction: string | undefined): number {
  return fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
}

function stamp(length: number, raw: string, fields: Partial<LogStamp>): LogStamp {
  return {
    length,
    raw: raw.trim().replace(/[,|]$/, ''),
    at: fields.at ?? null,
    zoneless: fields.zoneless ?? false,
    yearless: fields.yearless ?? false,
    yearFromReference: fields.yearFromReference ?? false,
    undated: fields.undated ?? false,
  };
}

function withOffset(wall: Wall, offset: string): string | null {
  let minutes = 0;
  if (offset !== 'UTC' && offset !== 'GMT' && offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const ms =
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) -
    minutes * 60_000;
  if (!Number.isFinite(ms) || wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31) return null;
  return new Date(ms).toISOString();
}

function local(length: number, raw: string, wall: Wall, clock: LogClock): LogStamp {
  if (!clock.zone) return stamp(length, raw, { zoneless: true });
  const at = wallTimeToUtc(wall, clock.zone);
  return stamp(length, raw, { at, zoneless: at === null });
}

/** A yearless date placed in the reference's year, or the year before when it would fall after it. */
function yearless(length: number, raw: string, wall: Omit<Wall, 'year'>, clock: LogClock): LogStamp {
  const reference = clock.reference ? new Date(clock.reference) : null;
  if (!reference || Number.isNaN(reference.getTime())) return stamp(length, raw, { yearless: true });
  const year = reference.getUTCFullYear();
  const later =
    wall.month > reference.getUTCMonth() + 1 ||
    (wall.month === reference.getUTCMonth() + 1 && wall.day > reference.getUTCDate() + 1);
  const placed = local(length, raw, { ...wall, year: later ? year - 1 : year }, clock);
  return { ...placed, yearFromReference: true };
}

function isoStamp(match: RegExpExecArray, clock: LogClock): LogStamp {
  const [raw, y, mo, d, h, mi, s, frac, offset] = match;
  const wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: ms(frac),
  };
  if (offset) return stamp(raw.length, raw, { at: withOffset(wall, offset) });
  return local(raw.length, raw, wall, clock);
}

/** Reads an ISO-like date-time string (a JSON log's `time` field); zone-less ones use the clock. */
export function readIsoText(text: string, clock: LogClock): { at: string | null; zoneless: boolean } {
  const iso = ISO.exec(text.trim());
  if (!iso) return { at: toUtcIso(text), zoneless: false };
  const read = isoStamp(iso, clock);
  return { at: read.at, zoneless: read.zoneless };
}

/** The timestamp at the start of `text`, or null. */
export function readStamp(text: string, clock: LogClock): LogStamp | null {
  const first = text.charCodeAt(0);
  // Every form starts with a digit, `[` or a capital letter: skip the regexes for anything else.
  if (!(first >= 48 && first <= 57) && first !== 91 && !(first >= 65 && first <= 90)) return null;
  const iso = ISO.exec(text);
  if (iso) return isoStamp(iso, clock);
  const apache = APACHE.exec(text);
  if (apache) {
    const [raw, d, mon, y, h, mi, s, frac, offset] = apache;
    const month = MONTHS[(mon ?? '').toLowerCase()];
    if (month)
      return stamp(raw.length, raw, {
        at: withOffset(
          {
            year: Number(y),
            month,
            day: Number(d),
            hour: Number(h),
            minute: Number(mi),
            second: Number(s),
            millisecond: ms(frac),
          },
          offset ?? 'Z',
        ),
      });
  }
  const ctime = CTIME.exec(text);
  if (ctime) {
    const [raw, mon, d, h, mi, s, frac, y] = ctime;
    const wall = {
      year: Number(y),
      month: MONTHS[(mon ?? '').toLowerCase()] ?? 1,
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond: ms(frac),
    };
    return local(raw.length, raw, wall, clock);
  }
  const syslog = SYSLOG.exec(text);
  if (syslog) {
    const [raw, mon, d, h, mi, s, frac] = syslog;
    const wall = {
      month: MONTHS[(mon ?? '').toLowerCase()] ?? 1,
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond: ms(frac),
    };
    return yearless(raw.length, raw, wall, clock);
  }
  const logcat = LOGCAT.exec(text);
  if (logcat) {
    const [raw, mo, d, h, mi, s, frac] = logcat;
    const month = Number(mo);
    const day = Number(d);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return yearless(
        raw.length,
        raw,
        { month, day, hour: Number(h), minute: Number(mi), second: Number(s), millisecond: ms(frac) },
        clock,
      );
  }
  const epoch = EPOCH.exec(text);
  if (epoch) {
    const [raw, seconds, fraction, millis] = epoch;
    const value =
      Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0) + (millis ? Number(millis) / 1000 : 0);
    return stamp(raw.length, raw, { at: toUtcIso(value) });
  }
  const compact = COMPACT.exec(text);
  if (
    compact &&
    Number(compact[2]) >= 1 &&
    Number(compact[2]) <= 12 &&
    Number(compact[3]) >= 1 &&
    Number(compact[3]) <= 31
  ) {
    const [raw, y, mo, d, h, mi, s, frac, zulu] = compact;
    const wall = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond: ms(frac),
    };
    if (zulu) return stamp(raw.length, raw, { at: withOffset(wall, 'Z') });
    return local(raw.length, raw, wall, clock);
  }
  const ambiguous = AMBIGUOUS.exec(text) ?? DAY_MONTH.exec(text);
  if (ambiguous) return stamp(ambiguous[0].length, ambiguous[0], { undated: true });
  const clockOnly = CLOCK.exec(text);
  if (clockOnly) return stamp(clockOnly[0].length, clockOnly[0], { undated: true });
  return null;
}
