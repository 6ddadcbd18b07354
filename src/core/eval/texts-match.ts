/** @module The eval's "matched" rule: a candidate shares at least half of the gold item's content words. */
import { contentWords } from './content-words.js';

/**
 * True when `candidate` holds at least half of `gold`'s content words (see contentWords).
 * A gold text with no content word at all (only stop words) matches only a candidate that
 * contains it verbatim, case-insensitively.
 *
 * @example textsMatch('rotated the API key', 'Customer rotated their API keys') // true
 */
export function textsMatch(gold: string, candidate: string): boolean {
  const goldWords = contentWords(gold);
  if (goldWords.length === 0) {
    const g = gold.trim().toLowerCase();
    return g.length > 0 && candidate.toLowerCase().includes(g);
  }
  const have = new Set(contentWords(candidate));
  const shared = goldWords.filter((w) => have.has(w)).length;
  return shared * 2 >= goldWords.length;
}
