/**
 * @module Our side owning the cause: "It's ours.", "Eng confirms the bug is ours". Said after (or
 * beside) our stated reading of the mechanism, it settles that reading as the confirmed one.
 */
import type { Sentence } from '../language/types.js';

/**
 * True when the sentence says the fault is ours: "ours" as what a copula predicates ("it's ours",
 * "the bug is ours"), not denied ("not ours to decide"), not a duty ("ours to fix"), not asked,
 * hedged or conditional. "A customer of ours" is no predicate and does not count.
 */
export function readsOwnership(s: Sentence): boolean {
  if (s.question || s.hedged || s.conditional) return false;
  return s.tokens.some(
    (t, i) =>
      t.normal === 'ours' &&
      !t.negated &&
      s.tokens[i - 1]?.lemma === 'be' &&
      s.tokens[i + 1]?.normal !== 'to',
  );
}
