/** @module The classifier's features: lower-cased word tokens of a text, their stems and adjacent pairs. */
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';

/** Text past this many characters is not read: the start of a report carries its kind. */
export const MAX_CLASSIFIED_CHARS = 6000;
const MAX_TOKEN_CHARS = 24;

/**
 * Which features a model reads: `words` — tokens and adjacent token pairs (the issue-kind model);
 * `stems` — Porter2 stems and adjacent stem pairs, so "passwords", "password" and "password's"
 * are one feature and a word learned in one project's inflection carries to another's;
 * `words+stems` — both (stems prefixed `~`), so a model keeps the inflection ("tried", "renamed")
 * where it matters and shares the stem where it does not.
 */
export type FeatureSet = 'words' | 'stems' | 'words+stems';

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

// stemming is the costly step and reports repeat their words: remember each word's stem (bounded)
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 200_000;

function stemOf(token: string): string {
  if (token.startsWith('#') || /[\d_.-]/.test(token)) return token;
  let s = stems.get(token);
  if (s === undefined) {
    s = stem(token);
    if (stems.size < MAX_REMEMBERED_STEMS) stems.set(token, s);
  }
  return s;
}

/** The distinct features of a text (`words`: tokens and pairs like `"does not"`; `stems`: the same over stems), sorted. */
export function featuresOf(text: string, set: FeatureSet = 'words'): string[] {
  const raw = tokenize(text);
  const features = new Set<string>();
  const add = (tokens: readonly string[], prefix: string) => {
    for (const t of tokens) features.add(prefix + t);
    for (let i = 1; i < tokens.length; i++) features.add(`${prefix}${tokens[i - 1]} ${tokens[i]}`);
  };
  if (set !== 'stems') add(raw, '');
  if (set === 'stems') add(raw.map(stemOf), '');
  if (set === 'words+stems') add(raw.map(stemOf), '~');
  return [...features].sort();
}
