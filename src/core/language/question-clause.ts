/**
 * @module Whether a position in a sentence sits inside a question put indirectly: "they are asking
 * whether they lost orders", "can you check if the export dropped rows". Such a clause asks about
 * the thing; it never says it happened.
 */

// the clause opens at "whether" (not the concessive "whether or not"), or at "if" after a verb of
// asking or finding out
const OPENER =
  /\bwhether\b(?! or not\b)|\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|check|checks|checking|confirm|confirms|confirming|see|tell|find out|sure)\s+(?:\w+\s+){0,2}?if\b/gi;
// what ends a clause before the position: a full stop, a semicolon, a dash, or a contrast
const BOUNDARY = /[.;:!?]\s|\s[–—-]\s|\b(?:but|however|although|though)\b/gi;

/** True when `at` (a character index in `sentence`) follows an indirect-question opener in its clause. */
export function isInsideQuestionClause(sentence: string, at: number): boolean {
  return isInsideClauseOpenedBy(OPENER, sentence, at);
}

/** True when `at` follows a match of `opener` (a global pattern) with no clause boundary between. */
export function isInsideClauseOpenedBy(opener: RegExp, sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  let openedAt = -1;
  for (const m of before.matchAll(opener)) openedAt = m.index;
  if (openedAt < 0) return false;
  for (const m of before.matchAll(BOUNDARY)) if (m.index > openedAt) return false;
  return true;
}
