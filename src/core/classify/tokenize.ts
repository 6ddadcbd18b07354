/** @module The classifier's features: lower-cased word tokens of a text and their adjacent pairs. */

/** Text past this many characters is not read: the start of a report carries its kind. */
export const MAX_CLASSIFIED_CHARS = 6000;
const MAX_TOKEN_CHARS = 24;

/** Lower-cased word tokens (letters and digits, inner `_ . -` kept), at most MAX_CLASSIFIED_CHARS read. */
export function tokenize(text: string): string[] {
  const words = text
    .slice(0, MAX_CLASSIFIED_CHARS)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:[_.'-][\p{L}\p{N}]+)*/gu);
  if (!words) return [];
  const out: string[] = [];
  for (const word of words) {
    if (word.length > MAX_TOKEN_CHARS) continue;
    // a number's digits say nothing about the kind of report; its shape may
    out.push(/^\d+$/.test(word) ? '#num' : /\d/.test(word) && /[.]/.test(word) ? '#ver' : word);
  }
  return out;
}

/** The distinct features of a text: its tokens and each adjacent pair (`"does not"`), sorted. */
export function featuresOf(text: string): string[] {
  const tokens = tokenize(text);
  const set = new Set<string>(tokens);
  for (let i = 1; i < tokens.length; i++) set.add(`${tokens[i - 1]} ${tokens[i]}`);
  return [...set].sort();
}
