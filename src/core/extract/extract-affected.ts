/** @module Affected users and accounts as stated ("3 users", "80 of our users", "212 orgs"). */
import type { Facts } from '../model/packet.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';

const APPROX = '(?:about|around|approx\\.?|approximately|roughly|nearly|almost|over|~)?\\s*';
const PEOPLE =
  '(?:users?|leads|supervisors|approvers|reviewers|specialists|officers|representatives|pickers|packers|physicians|people|persons|employees|staff(?:ers)?|agents|coordinators|hires|members|seats|admins|reps|analysts|accountants|operators|technicians|managers|drivers|clinicians|nurses|doctors|teachers|students|learners|associates|colleagues|workers|planners|dispatchers|buyers|editors|engineers|developers|designers|recruiters|cashiers|clerks)';
const ORGS =
  '(?:orgs|organi[sz]ations|tenants|customers|accounts|clients|workspaces|companies|merchants|stores|sites|instances)';
// digits only: a claim's number must appear as written in the evidence it cites
const COUNT = '(\\d{1,3}(?:,\\d{3})*|\\d+)';
const USERS = new RegExp(
  String.raw`(?<![$€£\d.,])\b${APPROX}${COUNT}\s+(?:of\s+(?:our|their|the|\d+)\s+)?(?:[a-z][a-z-]*\s+){0,2}?${PEOPLE}\b`,
  'i',
);
const ACCOUNTS = new RegExp(
  String.raw`(?<![$€£\d.,])\b${APPROX}${COUNT}\s+(?!other\b|more\b)(?:[a-z][a-z-]*\s+){0,2}?${ORGS}\b`,
  'i',
);
// "~60 stores" in a customer profile is its size; a count of accounts is scope only next to impact
const IMPACT =
  /\b(?:affect\w*|impact\w*|hit|fail\w*|broken|down|report\w*|seeing|see (?:it|this|the)|errors?|can'?t|cannot|unable|every|all|blocked|stuck|bounc\w*|locked|missing|lost|so far|including|waiting|delayed|late|without|timing out|timed out|not (?:getting|receiving|able))\b/i;
const SCOPE =
  /\b(?:all|every|none of|only|some|most|half|entire|whole|any)\b[^.]{0,40}\b(?:users?|tenants|customers|accounts|orders|orgs|records|requests|calls|charts|exports|webhooks|teams|regions)\b/i;

function toNumber(raw: string | undefined): number {
  if (!raw) return Number.NaN;
  return Number(raw.replace(/,/g, ''));
}

function counts(items: readonly Item[], re: RegExp, context?: RegExp): Claim<number>[] {
  const out: Claim<number>[] = [];
  for (const item of items) {
    if (item.unit === 'account' || item.unit === 'log' || item.unit === 'request') continue;
    for (const s of item.sentences) {
      if (context && !context.test(s)) continue;
      const n = toNumber(re.exec(s)?.[1]);
      if (Number.isInteger(n) && n > 0 && n < 10_000_000) out.push(claim(n, [item.id]));
    }
  }
  return out;
}

function firstCount(items: readonly Item[], re: RegExp): Claim<number> | null {
  return counts(items, re)[0] ?? null;
}

// accounts grow as the scope is learned ("3 orgs so far", later "212 orgs"): the widest stated count
function widestCount(items: readonly Item[], re: RegExp, context?: RegExp): Claim<number> | null {
  let best: Claim<number> | null = null;
  for (const c of counts(items, re, context)) if (!best || c.value > best.value) best = c;
  return best;
}

/** Users and accounts: customer statements first, then anyone's; scope in words and a summary. */
export function extractAffected(ctx: ExtractContext): Facts['affected'] {
  const customer = ctx.items.filter((i) => i.isCustomer);
  const users = firstCount(customer, USERS) ?? firstCount(ctx.items, USERS);
  const accounts = widestCount(ctx.items, ACCOUNTS, IMPACT);
  let scope: Claim<string> | null = null;
  // scope in people's words, the customer's first; bots and status pages speak of other things
  const people = [
    ...customer,
    ...ctx.items.filter((i) => !i.isCustomer && i.role !== 'bot' && i.kind !== 'status'),
  ];
  for (const item of people) {
    if (item.unit === 'field' || item.unit === 'log') continue;
    const s = item.sentences.find((x) => SCOPE.test(x));
    if (s) {
      scope = claim(cleanSentence(s), [item.id]);
      break;
    }
  }
  const parts: string[] = [];
  if (users) parts.push(`${users.value} users`);
  if (accounts) parts.push(`${accounts.value} accounts`);
  if (scope) parts.push(String(scope.value));
  return { users, accounts, scope, summary: parts.length > 0 ? parts.join('; ') : 'Not stated' };
}
