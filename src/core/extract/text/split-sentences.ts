/** @module Split free text into sentences, bounded, without regex backtracking on long input. */

const MAX_TEXT = 20_000;
const MAX_SENTENCE = 400;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|vs|etc|approx|incl|esp|fyi|no|mr|mrs|ms|dr|st|inc|ltd|co|jr|sr)\.|\b[A-Za-z]\.)$/i;
const BOUNDARY = /(?<=[.!?])\s+(?=[A-Za-z"'(“‘0-9@])|\n\s*\n|\n(?=\s*[-*•>]|\s*\d+[.)]\s)|\n(?=[A-Z])/g;

/**
 * Splits text into trimmed sentences (and list items / lines that start a new thought).
 * Input and each sentence are bounded so a pathological paste stays linear.
 */
export function splitSentences(text: string): string[] {
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const out: string[] = [];
  const parts: string[] = [];
  for (const part of bounded.split(BOUNDARY)) {
    const prev = parts[parts.length - 1];
    // "e.g. the", "vs. last week": an abbreviation, not the end of a sentence
    if (prev !== undefined && ABBREVIATION.test(prev)) parts[parts.length - 1] = `${prev} ${part}`;
    else parts.push(part);
  }
  for (const raw of parts) {
    const s = raw
      // a list marker ("- ", "2. "), not the start of a version number ("4.8.0 moved …")
      .replace(/^\s*(?:[-*•>]+|\d+[.)](?=\s|$))\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (s.length < 3) continue;
    out.push(s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}…` : s);
  }
  return out;
}
