/**
 * @module Whether the amends a sentence speaks of go to someone other than the customer: whose
 * refund it is ("her refund", "the buyer's refund", "residents' refunds") and whom it is given to
 * ("refunds the buyer", "refund my customers", "refunding them the difference"), read from the
 * language layer's tokens. In the customer's own words the customer is "I" or "we": a third person
 * or a party they name is someone else. In our side's words the customer is "she", "they" or "the
 * customer": only a party of theirs ("your customers", "their buyers") or one we name apart ("the
 * buyer") is someone else.
 */
import type { Sentence, Token } from '../language/types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// the amends words, by lemma or normal form
const AMENDS = set(
  'refund refunds refunded refunding reimburse reimbursement compensate compensation credit credits waive waiver discount',
);
// parties amends can be given to (lemmas): people and organisations on either side of a sale
const PARTIES = set(
  'customer client buyer shopper member resident patient student guest subscriber user tenant passenger seller vendor supplier merchant employee donor parent family people person recipient payee',
);
// how our side names the customer themself
const THE_CUSTOMER = set('customer client account merchant company org organisation organization');
// possessive pronouns of a third person, and of everyone but us
const THIRD = set('his her their its');
const THIRD_OBJECT = set('him her them');
const NOT_OURS = set('your his her their');
// what may stand between a possessor and the amends noun: "her tax refund", "their partial refund"
const MODIFIER = set('NOUN ADJ PROPN NUM');

const isAmends = (t: Token | undefined): boolean =>
  t !== undefined && (AMENDS.has(t.lemma) || AMENDS.has(t.normal));

// whether the party phrase ending on the noun at `at` is someone else than the customer
function otherParty(tokens: readonly Token[], at: number, byCustomer: boolean): boolean {
  const noun = tokens[at];
  if (!noun || !PARTIES.has(noun.lemma)) return false;
  const before = tokens[at - 1]?.normal ?? '';
  // "my customers", "our members": the customer's own people; "your customers" in our words
  if (byCustomer) return true;
  if (NOT_OURS.has(before)) return true;
  return !THE_CUSTOMER.has(noun.lemma);
}

/** The possessor of the amends noun at `i` names someone else ("her refund", "the buyer's refund"). */
function ownedByOther(tokens: readonly Token[], i: number, byCustomer: boolean): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 2 && MODIFIER.has(tokens[k]?.pos ?? '') && !PARTIES.has(tokens[k]?.lemma ?? ''))
    k--;
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'PRON' && THIRD.has(t.normal)) return byCustomer;
  // "the buyer's refund", "residents' refunds"
  if (t.normal === "'s" || t.normal === '’s' || t.normal === "'" || t.normal === '’')
    return otherParty(tokens, k - 1, byCustomer);
  // "three residents' tax refunds" read without the mark: a party noun right before
  return PARTIES.has(t.lemma) && t.normal.endsWith('s') && otherParty(tokens, k, byCustomer);
}

/** The amends word at `i` is given to someone else ("refunds the buyer", "refunding them …"). */
function givenToOther(tokens: readonly Token[], i: number, byCustomer: boolean): boolean {
  let k = i + 1;
  if (tokens[k]?.normal === 'to') k++;
  const first = tokens[k];
  if (!first) return false;
  if (first.pos === 'PRON' && THIRD_OBJECT.has(first.normal)) return byCustomer;
  // a determiner or a possessive, at most one adjective, then the party
  let end = k;
  if (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'NUM') end++;
  if (tokens[end]?.pos === 'ADJ') end++;
  if (!PARTIES.has(tokens[end]?.lemma ?? '')) return false;
  const owner = tokens[end - 1]?.normal ?? '';
  if (!byCustomer && NOT_OURS.has(owner)) return true;
  return otherParty(tokens, end, byCustomer);
}

/**
 * True when the sentence names amends and every one of them goes to someone other than the
 * customer: owned by a third party or given to one. `byCustomer`: the sentence is the customer's own.
 */
export function readsAmendsForOthers(s: Sentence, byCustomer: boolean): boolean {
  const tokens = s.tokens;
  const at = tokens.flatMap((t, i) => (isAmends(t) ? [i] : []));
  return (
    at.length > 0 &&
    at.every((i) => ownedByOther(tokens, i, byCustomer) || givenToOther(tokens, i, byCustomer))
  );
}
