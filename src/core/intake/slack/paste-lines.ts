/** @module Classify the lines of a Slack desktop copy-paste: headers, times, noise, text. */

/** A clock time as written: minutes after local midnight. */
export type PasteLine =
  | { readonly kind: 'header'; readonly name: string; readonly app: boolean; readonly minutes: number }
  | { readonly kind: 'name'; readonly name: string; readonly app: boolean }
  | { readonly kind: 'time'; readonly minutes: number; readonly text: string; readonly meridiem: boolean }
  | { readonly kind: 'divider'; readonly text: string }
  | { readonly kind: 'noise' }
  | { readonly kind: 'text'; readonly text: string };

const TIME = String.raw`(\d{1,2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?`;
const HEADER = new RegExp(
  String.raw`^(\S(?:.*?\S)?)(?:\s{2,}|\t+)(?:(APP|BOT)(?:\s{2,}|\t+|\s))?\[?${TIME}\]?$`,
);
const TIME_ONLY = new RegExp(String.raw`^\[?${TIME}\]?$`);
const GLUED = new RegExp(String.raw`^\[${TIME}\]\s*(\S.*)$`);
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DIVIDER = new RegExp(
  String.raw`^(?:Today|Yesterday|${WEEKDAY}|(?:${WEEKDAY},?\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)$`,
  'i',
);
const THREAD_SUMMARY =
  /^(?:\d+ repl(?:y|ies)|Last reply .*|View thread|View \d+ more repl(?:y|ies)|New messages?)$/i;
const REACTION = /^(?::[\w+'-]+:\s*)+$/;
const COUNT = /^\d{1,4}$/;
// A display name: a few words, no sentence punctuation, no clock, not a URL.
const NAME_LIKE = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,58}[\p{L}\p{M}.]$|^[\p{L}\p{M}]$/u;

/** Minutes after midnight for `h:mm` with an optional AM/PM, or null when it is no clock time. */
export function clockMinutes(hours: string, minutes: string, meridiem: string | undefined): number | null {
  let h = Number(hours);
  const m = Number(minutes);
  if (m > 59) return null;
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  } else if (h > 23) return null;
  return h * 60 + m;
}

/** True when a line can be a person's or bot's display name. */
export function isNameLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.split(/\s+/).length > 5 || !NAME_LIKE.test(trimmed)) return false;
  // "Josef K." is a name; "ok, will do." is a sentence.
  return !trimmed.endsWith('.') || /(^|\s)\p{L}\.$/u.test(trimmed);
}

/** True when every word starts with a capital letter (names do; short replies rarely). */
export function isCapitalised(name: string): boolean {
  return name
    .split(/\s+/)
    .every((word) => /^[\p{Lu}]/u.test(word) || /^(de|da|del|der|van|von|la|le|bin|al)$/.test(word));
}

/** A name without the status emoji Slack shows after it ("Kenji Ito :palm_tree:"). */
function withoutStatus(name: string): string {
  return name.replace(/(\s*:[\w+'-]+:)+$/, '').trim();
}

function normalise(line: string): string {
  return line.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\s+$/, '');
}

/** Classifies one line on its own (a bare name is only a header when a time line follows). */
export function classifyLine(raw: string): PasteLine {
  const line = normalise(raw).trimStart();
  const header = HEADER.exec(line);
  if (header) {
    const minutes = clockMinutes(header[3] ?? '', header[4] ?? '', header[5]);
    const name = withoutStatus(header[1] ?? '');
    if (minutes !== null && isNameLike(name))
      return { kind: 'header', name, app: header[2] !== undefined, minutes };
  }
  const time = TIME_ONLY.exec(line);
  if (time) {
    const minutes = clockMinutes(time[1] ?? '', time[2] ?? '', time[3]);
    if (minutes !== null) return { kind: 'time', minutes, text: '', meridiem: time[3] !== undefined };
  }
  const glued = GLUED.exec(line);
  if (glued) {
    const minutes = clockMinutes(glued[1] ?? '', glued[2] ?? '', glued[3]);
    if (minutes !== null)
      return { kind: 'time', minutes, text: glued[4] ?? '', meridiem: glued[3] !== undefined };
  }
  if (DIVIDER.test(line)) return { kind: 'divider', text: line };
  if (THREAD_SUMMARY.test(line)) return { kind: 'noise' };
  const app = /^(.*\S)\s+(APP|BOT)$/.exec(line);
  if (app && isNameLike(app[1] ?? '')) return { kind: 'name', name: (app[1] ?? '').trim(), app: true };
  const bare = withoutStatus(line);
  if (bare !== '' && isNameLike(bare)) return { kind: 'name', name: bare, app: false };
  return { kind: 'text', text: line };
}

/** True for a reaction line (`:eyes:`), which a count line may follow. */
export function isReaction(line: string): boolean {
  return REACTION.test(normalise(line).trim());
}

export function isCount(line: string): boolean {
  return COUNT.test(normalise(line).trim());
}
