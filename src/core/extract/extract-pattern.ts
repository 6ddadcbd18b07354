/** @module Pattern: other customers or tickets with the same issue, and recurrences. */
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { NOT_ESTABLISHED, othersAffected } from './signal-scope.js';
import { cleanSentence } from './text/clean-sentence.js';

export const OTHERS =
  /\b(?:(?:two|three|four|five|several|many|multiple|a few|a couple of|\d+) other \w+(?: \w+)? (?:reported|are seeing|see|saw|hit|have|had|are affected)|other (?:customers|tenants|accounts|orgs|tickets|clients)|another (?:customer|tenant|ticket|account)|\d+ (?:other |more )?(?:customers|tenants|tickets|accounts|orgs)|same (?:issue|problem|error|bug) (?:for|at|from|reported)|similar (?:tickets?|reports?|issues?)|(?:all|every) (?:\w+ )?(?:tenants|customers|orgs))\b/i;
export const RECURRENCE =
  /\b(?:again (?:this|after)|(?:is|came|coming) back(?! (?:to normal|up|online|in service|to\b|with))|recurr(?:ed|ence|ences)\b|recurs\b|(?:keeps?|kept|is|are|still) recurring|same (?:incident|issue|thing) (?:as|last)|regressed)\b/i;

/** Sentences about other customers and recurrences, oldest first. */
export function extractPattern(ctx: ExtractContext): Claim<string>[] {
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    if (item.unit === 'log' || item.unit === 'request' || item.role === 'bot' || item.kind === 'status')
      continue;
    for (const [i, s] of item.sentences.entries()) {
      // other customers said to be fine ("other customers' endpoints verify normally") are no pattern
      // nor an open check ("not known yet how many other customers …")
      const others = OTHERS.test(s) && othersAffected(item, i) && !NOT_ESTABLISHED.test(s);
      if (!s.endsWith('?') && (others || RECURRENCE.test(s))) out.push(claim(cleanSentence(s), [item.id]));
    }
  }
  return uniqueClaims(out).slice(0, 8);
}
