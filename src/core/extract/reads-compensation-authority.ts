/**
 * @module Whether our side says a credit or refund is within support's own authority, read from
 * structure over the language layer's tokens: support (we, agents, billing support) may give it
 * under a stated limit ("support can issue a credit of up to $200 without a manager's approval"),
 * or the amount is "within our limit". Never a bare offer ("we can offer you a credit"), a question,
 * a condition, a denial ("agents can't refund"), nor a limit exceeded ("over our limit"), which
 * reads as the opposite: `exceedsAuthority`.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';
import { CURRENCY } from './reads-threshold-rule.js';
import { COMPENSATION } from './signal-cues.js';

// who may grant it: support's own people
const GRANTORS = new Set(['support', 'we', 'i', 'agent', 'agents', 'team', 'billing', 'desk', 'l1', 'l2']);
// permission: "can", "may", "allowed", "authorised", "entitled", "able"
const PERMISSION = new Set([
  'can',
  'may',
  'allowed',
  'allow',
  'authorised',
  'authorized',
  'entitled',
  'able',
  'empowered',
]);
// granting verbs (lemmas)
const GRANT = new Set([
  'give',
  'issue',
  'offer',
  'apply',
  'grant',
  'refund',
  'credit',
  'waive',
  'approve',
  'make',
  'do',
]);
// a stated limit: "up to £300", "without finance sign-off", "per account per year"
const LIMIT_WORDS = new Set([
  'sign-off',
  'signoff',
  'approval',
  'sign',
  'limit',
  'cap',
  'allowance',
  'threshold',
]);
// "within our limit", "beyond our authority"
const AUTHORITY = new Set([
  'limit',
  'limits',
  'authority',
  'remit',
  'allowance',
  'mandate',
  'discretion',
  'threshold',
]);
const WITHIN = new Set(['within', 'under', 'below', 'inside']);
const BEYOND = new Set(['beyond', 'over', 'above', 'outside', 'exceed', 'exceeds', 'exceeding', 'past']);
// what is given: "a one-off seat credit", "a partial refund"
const AMENDS = new Set([
  'credit',
  'credits',
  'refund',
  'refunds',
  'discount',
  'waiver',
  'rebate',
  'reimbursement',
  'compensation',
  'goodwill',
]);
const WINDOW = 8;

const lower = (t: Token | undefined): string => t?.normal ?? '';

function statesLimit(s: Sentence, from: number): boolean {
  const tokens = s.tokens;
  for (let k = from; k < tokens.length; k++) {
    const w = lower(tokens[k]);
    if (w === 'up' && lower(tokens[k + 1]) === 'to') return true;
    if (w === 'without' && tokens.slice(k + 1, k + 5).some((t) => LIMIT_WORDS.has(t.normal))) return true;
    if (
      w === 'per' &&
      ['account', 'customer', 'year', 'month', 'case', 'ticket'].includes(lower(tokens[k + 1]))
    )
      return true;
  }
  return false;
}

/** "support can give a one-off credit of up to £300": a grantor, permission, a grant verb, a limit. */
function permitted(s: Sentence): boolean {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!PERMISSION.has(lower(tokens[i])) || isDenied(s, i)) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (!before.some((t) => GRANTORS.has(t.normal))) continue;
    for (let k = i + 1; k <= i + WINDOW && k < tokens.length; k++) {
      const t = tokens[k];
      if (t?.pos === 'PUNCT' && t.normal !== '-') break;
      if (t && GRANT.has(t.lemma) && !isDenied(s, k)) return statesLimit(s, k + 1);
    }
  }
  return false;
}

// whose a limit is: "my €50", "your £100", "support's $200"
const OWNERS = new Set(['my', 'your', 'our', "support's", 'support’s']);

// a sum starting at token `k`: a currency sign and a number ("€50"), or a money entity
function sumAt(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t) return false;
  if (CURRENCY.has(t.text) && s.tokens[k + 1]?.pos === 'NUM') return true;
  return s.entities.some((e) => e.type === 'money' && e.start <= t.start && e.end > t.start);
}

// "(within|beyond) (our|my|support's|the) limit": the preposition, at most two words, the limit
// word; or an owner's sum as the limit ("inside my €50", "over your £100"): a sum someone holds is
// their allowance, where a bare sum ("anything over €50") states a rule, not where this one falls
function placed(s: Sentence, side: ReadonlySet<string>): boolean {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!side.has(lower(tokens[i])) || isDenied(s, i)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++)
      if (AUTHORITY.has(lower(tokens[k]))) return true;
    if (OWNERS.has(lower(tokens[i + 1])) && sumAt(s, i + 2)) return true;
  }
  return false;
}

const namesAmends = (s: Sentence): boolean =>
  COMPENSATION.test(s.text) || s.tokens.some((t) => AMENDS.has(t.normal));
// a sum of money: an entity, or a currency sign before a number ("£234")
const namesSum = (s: Sentence): boolean =>
  s.entities.some((e) => e.type === 'money') ||
  s.tokens.some((t, i) => /^[$£€¥]$/.test(t.text) && s.tokens[i + 1]?.pos === 'NUM');
const mentionsAmount = (s: Sentence): boolean => namesAmends(s) || namesSum(s);

/** Our side saying support may settle the credit or refund itself. */
export function readsWithinAuthority(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  if (placed(s, BEYOND)) return false;
  if (permitted(s) && namesAmends(s)) return true;
  return placed(s, WITHIN) && mentionsAmount(s);
}

// a decision, not an inability: "won't", "will not", "not going to", "don't", "are not offering"
const DECIDING = new Set(['will', 'shall', 'do']);
// verbs that are themselves the amends: "we won't waive it"
const AMENDS_VERBS = new Set(['refund', 'credit', 'waive', 'compensate', 'reimburse']);
// granting verbs a decline names (lemmas)
const DECLINED_GRANT = new Set(
  [...GRANT, 'compensate', 'pay', 'reimburse'].filter((v) => v !== 'make' && v !== 'do'),
);

// "No waiver and no compensation.", "no credit on this one", "there is no refund for that": "no" before
// the thing given, which is no subject of a predicate ("No refund was issued yet" tells a state)
function noAmends(s: Sentence): boolean {
  const tokens = s.tokens;
  return tokens.some((t, i) => {
    if (!AMENDS.has(t.normal) || t.pos !== 'NOUN') return false;
    let k = i - 1;
    while (k >= 0 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN') && i - k <= 2) k--;
    if (tokens[k]?.normal !== 'no') return false;
    // "no credit card needed": the word only qualifies another noun
    const next = tokens[i + 1]?.pos ?? '';
    return !['AUX', 'VERB', 'NOUN', 'PROPN'].includes(next);
  });
}

// "we won't refund the fees", "don't offer credits", "we are not going to waive it": one of us (or an
// instruction to us) denying a granting verb by a decision, with the amends its object or the verb
// itself; "can't refund" says what support may not do, "did not refund" what happened, and "the
// credit does not compensate for …" judges a thing, it declines nothing
function refusesGrant(s: Sentence): boolean {
  const tokens = s.tokens;
  return tokens.some((t, i) => {
    if (t.pos !== 'VERB' || !DECLINED_GRANT.has(t.lemma) || !isDenied(s, i)) return false;
    const before = tokens.slice(Math.max(0, i - 5), i);
    const not = before.findIndex((b) => b.normal === 'not');
    if (not < 0 || before.some((b) => PERMISSION.has(b.normal) || PERMISSION.has(b.lemma))) return false;
    const subject = before.slice(0, not);
    const instruction =
      subject.length === 1 && subject[0]?.lemma === 'do' && tokens.indexOf(subject[0]) === 0;
    if (!instruction && !subject.some((b) => GRANTORS.has(b.normal))) return false;
    const deciding =
      subject.some((b) => DECIDING.has(b.lemma) && b.normal !== 'did') ||
      before.some((b) => b.normal === 'going' && b.lemma === 'go') ||
      // "not offering": the present progressive of a decision
      (t.normal.endsWith('ing') && subject.some((b) => b.lemma === 'be'));
    return deciding && (AMENDS_VERBS.has(t.lemma) || objectNamesAmends(tokens, i));
  });
}

// the thing given, in the verb's own clause: "offer cleaning services or partial refunds" up to a comma
function objectNamesAmends(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 6; k++) {
    const t = tokens[k];
    if (!t || (t.pos === 'PUNCT' && t.normal !== '-') || t.pos === 'SCONJ') return false;
    if (AMENDS.has(t.normal)) return true;
  }
  return false;
}

/**
 * Our side declining the credit or refund: a decision support makes within its own remit ("No
 * waiver and no compensation.", "we won't refund the fees"). Never a question, a condition, doubt,
 * an inability ("agents can't refund") nor a limit exceeded.
 */
export function declinesCompensation(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged || placed(s, BEYOND)) return false;
  return noAmends(s) || refusesGrant(s);
}

/** Our side saying the credit or refund is beyond support's authority ("over our limit"). */
export function exceedsAuthority(s: Sentence): boolean {
  return !s.question && placed(s, BEYOND) && mentionsAmount(s);
}

// the grantor of amends: one of us, the colleague we address, or nobody named ("Refunded the fee.")
const GRANTING_SUBJECTS = new Set(['i', 'we', 'you', 'support']);
// verbs that give amends (lemmas)
const GIVING = new Set([...DECLINED_GRANT].filter((v) => v !== 'apply' && v !== 'approve'));

/**
 * Our side giving the credit or refund itself, done or allowed: "Refunded the €15 fee.", "I've
 * waived the late fee", "you can credit her a month". A verb that gives amends, not denied, whose
 * subject is one of us, the colleague addressed, or none; never someone else's want ("she wants a
 * refund") nor a question. Once our side places the amends within support's authority, these are
 * settled by support, not a compensation decision still to take.
 */
export function grantsAmends(s: Sentence): boolean {
  if (s.question) return false;
  const tokens = s.tokens;
  return tokens.some((t, i) => {
    if (t.pos !== 'VERB' || !GIVING.has(t.lemma) || isDenied(s, i)) return false;
    if (!AMENDS_VERBS.has(t.lemma) && !objectNamesAmends(tokens, i)) return false;
    for (let k = i - 1; k >= 0; k--) {
      const b = tokens[k] as Token;
      if (b.pos === 'AUX' || b.pos === 'ADV' || b.pos === 'PART' || PERMISSION.has(b.normal)) continue;
      if (b.pos === 'PUNCT' || b.pos === 'CCONJ' || b.pos === 'SCONJ') return true;
      return GRANTING_SUBJECTS.has(b.normal);
    }
    return true;
  });
}
