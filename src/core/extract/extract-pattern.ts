/** @module Pattern: other customers or tickets with the same issue, and recurrences. */
import { tokenAt } from '../language/clause.js';
import type { Sentence } from '../language/types.js';
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { NOT_ESTABLISHED, othersAffected } from './signal-scope.js';
import { cleanSentence } from './text/clean-sentence.js';

export const OTHERS =
  /\b(?:(?:two|three|four|five|several|many|multiple|a few|a couple of|\d+) other \w+(?: \w+)? (?:reported|are seeing|see|saw|hit|have|had|are affected)|other (?:customers|tenants|accounts|orgs|tickets|clients)|another (?:customer|tenant|ticket|account)|\d+ (?:other |more )?(?:customers|tenants|tickets|accounts|orgs)|same (?:issue|problem|error|bug) (?:for|at|from|reported)|similar (?:tickets?|reports?|issues?)|(?:all|every) (?:\w+ )?(?:tenants|customers|orgs))\b/i;
export const RECURRENCE =
  /\b(?:again (?:this|after)|(?:is|came|coming) back(?! (?:to normal|up|online|in service|to\b|with))|recurr(?:ed|ence|ences)\b|recurs\b|(?:keeps?|kept|is|are|still) recurring|same (?:incident|issue|thing) (?:as|last)|regressed)\b/i;

// what a pattern across accounts is about: other accounts, customers or tickets, by lemma
const ACCOUNTS = new Set(['account', 'customer', 'tenant', 'org', 'client', 'ticket']);

/**
 * The sentence names other accounts, customers or tickets (OTHERS), as the head of their phrase:
 * "another account admin" or "other customer data" names an admin or data, one account's, and
 * "all three need another account admin" is a need of one role, no pattern across accounts.
 */
export function namesOtherAccounts(text: string, s: Sentence | undefined): boolean {
  const m = OTHERS.exec(text);
  if (!m) return false;
  if (!s) return true;
  const last = tokenAt(s, m.index + m[0].length - 1, text);
  const t = s.tokens[last];
  if (!t || !ACCOUNTS.has(t.lemma || t.normal)) return true;
  const next = s.tokens[last + 1];
  // "4 customers email me": a noun followed by its object is a verb the tagger misread
  const object = s.tokens[last + 2]?.pos;
  const head = (next?.pos === 'NOUN' || next?.pos === 'PROPN') && object !== 'PRON' && object !== 'DET';
  return !head;
}

/** Sentences about other customers and recurrences, oldest first. */
export function extractPattern(ctx: ExtractContext): Claim<string>[] {
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    if (item.unit === 'log' || item.unit === 'request' || item.role === 'bot' || item.kind === 'status')
      continue;
    for (const [i, s] of item.sentences.entries()) {
      // other customers said to be fine ("other customers' endpoints verify normally") are no pattern
      // nor an open check ("not known yet how many other customers …")
      const others =
        namesOtherAccounts(s, item.analyzed[i]) && othersAffected(item, i) && !NOT_ESTABLISHED.test(s);
      if (!s.endsWith('?') && (others || RECURRENCE.test(s))) out.push(claim(cleanSentence(s), [item.id]));
    }
  }
  return uniqueClaims(out).slice(0, 8);
}
