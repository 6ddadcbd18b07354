/** @module The day, zone and channel of a pasted Slack thread, read from the manifest's note. */
import * as chrono from 'chrono-node';
import type { Manifest } from '../../model/manifest.js';
import { isTimeZone } from '../../time/is-time-zone.js';
import { baseName } from './day-file.js';

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface PasteClock {
  readonly day: CalendarDay | null;
  readonly zone: string | null;
  readonly channel: string | null;
  /** the manifest note for this file, when there is one */
  readonly note: string | null;
  /** the manifest's asOf, else the newest time in the other files: gives the year to dates written without one */
  readonly reference: Date | null;
}

// Zone names people write instead of IANA ids; abbreviations only in capitals.
const ZONE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(US[ -])?Eastern( Time)?\b/i, 'America/New_York'],
  [/\b(US[ -])?Central( Time)?\b/i, 'America/Chicago'],
  [/\b(US[ -])?Mountain( Time)?\b/i, 'America/Denver'],
  [/\b(US[ -])?Pacific( Time)?\b/i, 'America/Los_Angeles'],
  [/\b(E[SD]?T)\b/, 'America/New_York'],
  [/\b(C[SD]T)\b/, 'America/Chicago'],
  [/\b(M[SD]T)\b/, 'America/Denver'],
  [/\b(P[SD]?T)\b/, 'America/Los_Angeles'],
  [/\b(UK time|BST)\b/, 'Europe/London'],
  [/\bCEST?\b/, 'Europe/Paris'],
  [/\bJST\b/, 'Asia/Tokyo'],
  [/\bAEST|AEDT\b/, 'Australia/Sydney'],
  [/\b(UTC|GMT|Zulu)\b/, 'UTC'],
];

const IANA = /\b([A-Z][A-Za-z]+(?:\/[A-Z][A-Za-z0-9_+-]+){1,2})\b/g;

/** An IANA zone named in free text ("times Europe/London", "US Eastern"), or null. */
export function zoneFromText(text: string): string | null {
  for (const match of text.matchAll(IANA)) {
    const zone = match[1] ?? '';
    if (isTimeZone(zone)) return zone;
  }
  for (const [pattern, zone] of ZONE_WORDS) if (pattern.test(text)) return zone;
  return null;
}

/**
 * A calendar day stated in free text ("Wed 11 Nov 2026"); the year may come from `reference`
 * (the manifest's asOf) but the day and month must be written. Null when no day is stated.
 */
export function dayFromText(text: string, reference: Date | null): CalendarDay | null {
  const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
  for (const result of results) {
    const { start } = result;
    // "today", "yesterday", "Wednesday" move with the day it was read: only written dates count.
    if (!/\d/.test(result.text)) continue;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    if (!start.isCertain('year') && reference === null) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    if (!start.isCertain('year') && reference !== null) {
      const weekday = weekdayIn(result.text) ?? weekdayIn(text);
      if (weekday !== null) return yearByWeekday(month, day, weekday, reference) ?? { year, month, day };
    }
    return { year, month, day };
  }
  return null;
}

const WEEKDAY_WORD =
  /\b(?:(sun)(?:day)?|(mon)(?:day)?|(tue)(?:s|sday)?|(wed)(?:nesday)?|(thu)(?:r|rs|rsday)?|(fri)(?:day)?|(sat)(?:urday)?)\b/i;

/** The weekday (0 = Sunday) written in `text` ("Tuesday", "Tue,"), or null. */
function weekdayIn(text: string): number | null {
  const match = WEEKDAY_WORD.exec(text);
  if (!match) return null;
  const index = match.slice(1).findIndex((group) => group !== undefined);
  return index < 0 ? null : index;
}

/**
 * The date of `month`/`day` near `reference` whose weekday is the one written (Slack's divider
 * "Tuesday, December 8th" leaves out the year of the current year): among the year before, of and
 * after the reference, the closest match. Null when none of them falls on that weekday.
 */
function yearByWeekday(month: number, day: number, weekday: number, reference: Date): CalendarDay | null {
  let best: { at: number; year: number } | null = null;
  const base = reference.getUTCFullYear();
  for (const year of [base - 1, base, base + 1]) {
    const at = Date.UTC(year, month - 1, day, 12);
    const date = new Date(at);
    if (date.getUTCMonth() !== month - 1 || date.getUTCDay() !== weekday) continue;
    if (best === null || Math.abs(at - reference.getTime()) < Math.abs(best.at - reference.getTime()))
      best = { at, year };
  }
  return best === null ? null : { year: best.year, month, day };
}

function noteFor(name: string, manifest: Manifest | undefined): string | null {
  const files = manifest?.files ?? {};
  if (files[name] !== undefined) return files[name];
  const base = baseName(name);
  const key = Object.keys(files)
    .sort()
    .find((k) => baseName(k) === base);
  return key === undefined ? null : (files[key] ?? null);
}

function validDate(text: string | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Reads the paste's day, zone and channel from `manifest.files[name]`, else `manifest.timezone`. */
export function pasteClock(name: string, manifest: Manifest | undefined, hint?: string): PasteClock {
  const note = noteFor(name, manifest);
  const reference = validDate(manifest?.asOf) ?? validDate(hint);
  const day = note === null ? null : dayFromText(note.slice(0, 1000), reference);
  const noteZone = note === null ? null : zoneFromText(note.slice(0, 1000));
  const fallback = manifest?.timezone && isTimeZone(manifest.timezone) ? manifest.timezone : null;
  const channel = note === null ? null : (/#([\w.-]+)/.exec(note)?.[1] ?? null);
  return { day, zone: noteZone ?? fallback, channel, note, reference };
}
