/** @module Content words of a text: lower-cased tokens, stop words dropped, stemmed. */
import { stem } from './stem.js';
import { STOP_WORDS } from './stop-words.js';

// a token is letters/digits joined by . or _ (versions, hosts, codes) or by / and : between
// digits (11/17, 14:00); "a/b" between words stays two words
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[._][\p{L}\p{N}]+|(?<=\d)[/:]\d+)*/gu;

/**
 * Splits a text into its content words: lower-cased, thousands separators removed (`20,000` →
 * `20000`), hyphenated words split, stop words and lone letters dropped, each word stemmed.
 * The result is deduplicated and in first-seen order.
 *
 * @example contentWords('Rotated the API keys') // ['rotat', 'api', 'key']
 */
export function contentWords(text: string): string[] {
  const normalized = text.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1');
  const seen = new Set<string>();
  for (const match of normalized.matchAll(TOKEN)) {
    const token = match[0].replace(/[.:/]+$/, '');
    if (STOP_WORDS.has(token)) continue;
    if (token.length === 1 && !/\d/.test(token)) continue;
    const stemmed = stem(token);
    if (stemmed && !STOP_WORDS.has(stemmed)) seen.add(stemmed);
  }
  return [...seen];
}
