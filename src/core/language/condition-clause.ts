/**
 * @module Whether a position in a sentence sits inside a condition: "if she wants pages locked
 * during an outage, that is the setting", "unless the sync is down". A condition supposes the
 * thing; it never says it happened.
 */
import { isInsideClauseOpenedBy } from './question-clause.js';

const OPENER = /\b(?:if|unless|in case)\b/gi;

/** True when `at` (a character index in `sentence`) follows "if", "unless" or "in case" in its clause. */
export function isInsideCondition(sentence: string, at: number): boolean {
  return isInsideClauseOpenedBy(OPENER, sentence, at);
}
