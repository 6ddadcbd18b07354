/** @module Whether a claim's value appears in the text of the evidence it cites. */
import { contentWords } from './content-words.js';
import { utcDay } from './utc-day.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_SHORT: Record<string, string> = {
  sunday: 'sun',
  monday: 'mon',
  tuesday: 'tues?',
  wednesday: 'wed',
  thursday: 'thu(?:rs?)?',
  friday: 'fri',
  saturday: 'sat',
};
// relative words a person uses for a day; the evidence's own date anchors them
const RELATIVE_DAY =
  /\b(?:today|yesterday|tonight|this morning|last night|since (?:the )?(?:weekend|upgrade|deploy|release))\b/i;

/**
 * True when `text` (the cited evidence, joined) carries the claim's substance:
 * a number → its digits appear (thousands separators ignored);
 * a date or date-time → the ISO date, a month-and-day form (`Nov 17`, `17 November`, `11/17`),
 * the weekday name, or a relative day word (`yesterday`, `today`) appears;
 * anything else → at least one of its content words appears.
 */
export function claimSupported(value: unknown, text: string): boolean {
  const haystack = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (typeof value === 'number') return new RegExp(`(?<!\\d)${Math.abs(value)}(?!\\d)`).test(haystack);
  if (typeof value === 'boolean' || value === null || value === undefined) return true;
  const str = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^\d+$/.test(str.replace(/,/g, ''))) return haystack.includes(str.replace(/,/g, ''));
  const day = /^\d{4}-\d{2}-\d{2}/.test(str) ? utcDay(str) : null;
  if (day) return dateSupported(str, day, haystack);
  const words = contentWords(str);
  if (words.length === 0) return true;
  const have = new Set(contentWords(haystack));
  return words.some((w) => have.has(w));
}

function dateSupported(value: string, day: string, text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(value.slice(0, 10)) || lower.includes(day)) return true;
  if (RELATIVE_DAY.test(text)) return true;
  // "since 05:12" in a message of that day: the evidence's own timestamp carries the date
  const time = /T(\d{2}):(\d{2})/.exec(value);
  if (time && new RegExp(`(?<!\\d)0?${Number(time[1])}[:.]${time[2]}(?!\\d)`).test(text)) return true;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const mon = month.slice(0, 3);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const forms = [
    new RegExp(`\\b${mon}[a-z]*\\.? ${d}(?:st|nd|rd|th)?\\b`),
    new RegExp(`\\b${d}(?:st|nd|rd|th)? (?:of )?${mon}`),
    // "since the 3rd": a bare ordinal is a day of the month
    new RegExp(`\\bthe ${d}(?:st|nd|rd|th)\\b`),
    new RegExp(`\\b0?${m}/0?${d}\\b`),
    new RegExp(`\\b0?${d}/0?${m}\\b`),
    new RegExp(`\\b${weekday}\\b`),
    // "Tue", "Thurs", "Wed."
    new RegExp(`\\b${WEEKDAY_SHORT[weekday]}\\.?(?![a-z])`),
  ];
  return forms.some((form) => form.test(lower));
}
