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

// "(within|beyond) (our|my|support's|the) limit": the preposition, at most two words, the limit word
function placed(s: Sentence, side: ReadonlySet<string>): boolean {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!side.has(lower(tokens[i])) || isDenied(s, i)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++)
      if (AUTHORITY.has(lower(tokens[k]))) return true;
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

/** Our side saying the credit or refund is beyond support's authority ("over our limit"). */
export function exceedsAuthority(s: Sentence): boolean {
  return !s.question && placed(s, BEYOND) && mentionsAmount(s);
}
