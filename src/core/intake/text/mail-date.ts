/** @module Dates written in mail headers and forwarded-message blocks, to UTC. */
import * as chrono from 'chrono-node';
import { wallTimeToUtc } from '../../time/wall-time.js';

export interface MailDate {
  /** UTC ISO string, or null when unreadable or when the zone is unknown */
  readonly at: string | null;
  /** true when the text carried a date but no zone, and no fallback zone was given */
  readonly zoneless: boolean;
}

const ZONE = /(?:[+-]\d{2}:?\d{2}\b|\b(?:GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b)/;
// A fixed reference keeps chrono from reading the clock; the year is always written in mail dates.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Reads `Wed, 18 Nov 2026 11:10:44 -0500 (EST)` or a zone-less `Wed, Nov 18, 2026 at 11:02 PM`.
 * A zone-less date uses `fallbackZone` (IANA) when given, else `at` is null and `zoneless` true.
 */
export function parseMailDate(raw: string, fallbackZone?: string): MailDate {
  const text = raw
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return { at: null, zoneless: false };
  const hasZone = ZONE.test(text.replace(/\([^)]*\)/g, ''));
  if (hasZone) {
    const direct = new Date(text.replace(/\s+at\s+/i, ' '));
    if (!Number.isNaN(direct.getTime())) return { at: direct.toISOString(), zoneless: false };
  }
  const result = chrono.parse(text, REFERENCE)[0];
  if (!result) return { at: null, zoneless: false };
  const start = result.start;
  if (start.isCertain('timezoneOffset')) return { at: start.date().toISOString(), zoneless: false };
  if (!fallbackZone) return { at: null, zoneless: true };
  const at = wallTimeToUtc(
    {
      year: start.get('year') ?? 0,
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
      hour: start.get('hour') ?? 0,
      minute: start.get('minute') ?? 0,
      second: start.get('second') ?? 0,
    },
    fallbackZone,
  );
  return { at, zoneless: at === null };
}
