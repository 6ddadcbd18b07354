/** @module Which digit runs in a text are phone numbers: a contact's number, never a status, version, date or id. */

export interface PhoneSpan {
  readonly start: number;
  readonly end: number;
}

// A run of digit groups split by one space, hyphen or dot, with an optional `+` and (area code):
// `+420 541 228 910`, `(757) 555-0142`, `+44 (0)20 7946 0958`, `617.555.0142`.
const RUN = /\+?\(?\d(?:[\d().-]| (?=[\d(]))*\d\)?/g;
// What a phone number is labelled with in signatures and contact lines, in several languages.
const WORDS =
  '(?:tel|tél|phone|telephone|téléphone|telefon|teléfono|tlf|ph|mobile|mob|cell|fax|direct)(?: ?(?:number|no\\.?|nr\\.?|#))?';
// "Tel. ", "phone: ", "\"mobile\": \"", "T: ", and at a line's start "M " (the letters alone are too common)
const LABEL = new RegExp(
  `(?:^|[^\\p{L}])(?:${WORDS})\\.?["']?\\s*[:=]?\\s*["']?\\s*$|(?:^|[\\s(|,;>])[tmpf]\\s*[:.]\\s*$|^\\s*[tmpf]\\s+$`,
  'iu',
);
// A date written with a year first or last: `2026-03-14`, `14.03.2026`.
const DATE = /^(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d)\b/;

/**
 * Whether `run` (a candidate from RUN) reads as a phone number, given whether a label stands before it.
 * A phone number carries 7–15 digits (E.164); a labelled run needs no more, nor one opened by an
 * (area code). A `+` opens a country code (never 0) and eight digits or more. Otherwise the groups
 * must have a phone's shape: after a trunk `0` (`0161 555 0123`, `07700 900123`, `06-30000213`),
 * three or more groups of two to five digits, or two with ten digits; else the North American
 * 3-3-4 (`617-555-0142`, `1-415-551-2222`, `617.555.0142`). Dots mixed with other separators are a
 * version or a mail status beside a number (`550-5.7.26`, `1.1 404`). Dates, ids, counts, hex dumps
 * and columns of numbers (`2026-118842`, `1 000 000`, `0 52394 10971`, `00 00 00 00`) are none of these.
 */
function readsAsPhone(run: string, labelled: boolean): boolean {
  const lengths = (run.match(/\d+/g) ?? []).map((g) => g.length);
  const digits = lengths.reduce((sum, n) => sum + n, 0);
  if (digits < 7 || digits > 15 || DATE.test(run)) return false;
  if (run.includes('.') && /[ ()-]/.test(run)) return false;
  if (labelled || /^\(\d{1,5}\)/.test(run)) return true;
  if (run.startsWith('+')) return /^\+\(?[1-9]/.test(run) && digits >= 8;
  const shape = lengths.join('-');
  if (/^0[1-9]/.test(run) && !run.includes('.'))
    return lengths.length >= 3
      ? lengths.every((n) => n >= 2 && n <= 5) && lengths.some((n) => n >= 3)
      : lengths.length === 2 && digits >= 10;
  return /^(?:1-)?3-3-4$/.test(shape);
}

/** The spans of `text` that hold a phone number, in order. */
export function phoneNumbers(text: string): PhoneSpan[] {
  const out: PhoneSpan[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let run = m[0];
    let start = m.index;
    // a bracket closing or opening outside the number is not part of it: "(call +1 617 555 0142)"
    if (run.endsWith(')') && !run.slice(0, -1).includes('(')) run = run.slice(0, -1);
    if (run.startsWith('(') && !run.includes(')')) {
      run = run.slice(1);
      start++;
    }
    const end = start + run.length;
    // the line up to the run (a label is on the same line)
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).slice(-200);
    const labelled = LABEL.test(before);
    // part of a longer token: an id (`SHP-8841230`), a version (`v1.2`), a URL or a key=value
    // (a `+` number may be a value: `callto:+46…`, `ani=+1757…`)
    const joined = run.startsWith('+') ? /[\p{L}\d_.+/#@-]$/u : /[\p{L}\d_.+/:=#@-]$/u;
    if (!labelled && joined.test(before)) continue;
    const after = text.slice(end, end + 2);
    if (/^[\p{L}\d_:/@]|^[.,-]\d/u.test(after)) continue;
    if (readsAsPhone(run, labelled)) out.push({ start, end });
  }
  return out;
}

/** Whether `text` holds a phone number anywhere. */
export function hasPhoneNumber(text: string): boolean {
  return phoneNumbers(text).length > 0;
}

/** `text` with each phone number blanked to spaces of the same length (offsets stay valid). */
export function maskPhoneNumbers(text: string): string {
  let out = text;
  for (const { start, end } of phoneNumbers(text))
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

// what may stand beside a number that fills its line: a label (`Tel`, `M:`, `Office`) and an extension
const LINE_LABEL = new RegExp(`^\\s*(?:(?:${WORDS}|office|main|[tmpf])\\.?\\s*[:.]?\\s*)?$`, 'iu');
const EXTENSION = /^\s*(?:\(?(?:ext|x)\.?\s*\d+\)?)?\s*$/i;

/** A line that is one phone number, perhaps labelled, perhaps with an extension: `Tel 0161 555 0123`. */
export function isPhoneLine(line: string): boolean {
  const spans = phoneNumbers(line);
  const only = spans.length === 1 ? spans[0] : undefined;
  return (
    only !== undefined && LINE_LABEL.test(line.slice(0, only.start)) && EXTENSION.test(line.slice(only.end))
  );
}
