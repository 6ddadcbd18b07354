/** @module Affected users and accounts as stated ("3 users", "80 of our users", "212 orgs"). */
import type { Facts } from '../model/packet.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';

const APPROX = '(?:about|around|approx\\.?|approximately|roughly|nearly|almost|over|~)?\\s*';
// people, never seats or licences: a seat count is the size of a plan, not who is affected
const PEOPLE =
  '(?:users?|leads|supervisors|approvers|reviewers|specialists|officers|representatives|pickers|packers|physicians|people|persons|employees|staff(?:ers)?|agents|coordinators|hires|members|admins|reps|analysts|accountants|operators|technicians|managers|drivers|couriers|clinicians|nurses|doctors|practitioners|therapists|physios|physiotherapists|dentists|hygienists|pharmacists|caregivers|carers|providers|surgeons|midwives|paramedics|teachers|instructors|tutors|coaches|trainers|students|learners|associates|colleagues|workers|volunteers|contractors|freelancers|consultants|advisors|advisers|lawyers|attorneys|paralegals|auditors|inspectors|mechanics|electricians|guards|cleaners|stylists|salespeople|sellers|planners|dispatchers|buyers|editors|engineers|developers|designers|recruiters|cashiers|clerks)';
const ORGS =
  '(?:orgs|organi[sz]ations|tenants|customers|accounts|clients|workspaces|companies|merchants|stores|sites|instances)';
// digits only: a claim's number must appear as written in the evidence it cites
const COUNT = '(\\d{1,3}(?:,\\d{3})*|\\d+)';
const USERS = new RegExp(
  String.raw`(?<![$€£\d.,])\b${APPROX}${COUNT}\s+(?:of\s+(?:our|their|the|\d+)\s+)?(?:(?!(?:and|or|but|to|for|with|from|by|on|at|in|the|our|their)\b)[a-z][a-z-]*\s+){0,2}?${PEOPLE}\b(?!\s+(?:across|in|at|from)\s+(?:\d[\d,]*|all|other|several|many|multiple)\s+(?:\w+\s+)?${ORGS}\b)`,
  'i',
);
const USERS_ALL = new RegExp(USERS.source, 'gi');
const ACCOUNTS = new RegExp(
  String.raw`(?<![$€£\d.,])\b${APPROX}${COUNT}\s+(?!other\b|more\b)(?:[a-z][a-z-]*\s+){0,2}?${ORGS}\b`,
  'i',
);
// "~60 stores" in a customer profile is its size; a count of accounts is scope only next to impact
const IMPACT =
  /\b(?:affect\w*|impact\w*|hit|fail\w*|broken|down|report\w*|seeing|see (?:it|this|the)|errors?|can'?t|cannot|unable|every|all|blocked|stuck|bounc\w*|locked|missing|lost|so far|including|waiting|delayed|late|without|timing out|timed out)\b/i;
// "9 accounts have such locations, Acme is the only one that has written in": not 9 affected
const NOT_AFFECTED = /\b(?:the only (?:one|customer|tenant|account|org))\b/i;
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
      if (context && (!context.test(s) || NOT_AFFECTED.test(s))) continue;
      const n = toNumber(re.exec(s)?.[1]);
      if (Number.isInteger(n) && n > 0 && n < 10_000_000) out.push(claim(n, [item.id]));
    }
  }
  return out;
}

// "we have 140 users", "a team of 30 staff": the size of the customer, not who is affected
const SIZE_BEFORE =
  /\b(?:(?:we|they|i|it|the company|the business|the team|the org\w*)\s+(?:now\s+|currently\s+)?(?:have|has|had|employs?|counts?|are|is|licen[sc]e[sd]?\s+for)|(?:total|headcount|team|staff|company|org\w*) of)(?:\s+(?:a\s+total\s+of|in\s+total))?\s*$/i;

// "upgraded to Business (20 users more)", "added 20 users", "from Team (40 users) to …": the size
// of a plan change, not who is affected
const ADDED_BEFORE =
  /\b(?:add(?:ed|ing|s)?|buy(?:ing|s)?|bought|purchas\w+|order(?:ed|ing)|extra|additional|another|remov(?:ed|ing)|drop(?:ped|ping))\s*$/i;
const MORE_AFTER = /^\s*(?:more|extra|additional|added)\b/i;
const PLAN_WORDS =
  /\b(?:upgrad\w*|downgrad\w*|plan|billed|charged|invoic\w*|pric\w*|seats?|licen[cs]es?|subscription|true-?up|tier)\b/i;

function planChange(s: string, start: number, end: number): boolean {
  if (MORE_AFTER.test(s.slice(end)) || ADDED_BEFORE.test(s.slice(0, start))) return true;
  // "Team (40 users)": a plan's size in brackets, in a sentence about the plan
  return PLAN_WORDS.test(s) && /\(\s*$/.test(s.slice(0, start)) && /^\s*(?:more\s*)?\)/.test(s.slice(end));
}

interface UserCount {
  readonly claim: Claim<number>;
  readonly impact: boolean;
  readonly customer: boolean;
}

function userCounts(items: readonly Item[]): UserCount[] {
  const out: UserCount[] = [];
  for (const item of items) {
    if (item.unit === 'account' || item.unit === 'log' || item.unit === 'request') continue;
    for (const s of item.sentences) {
      for (const m of s.matchAll(USERS_ALL)) {
        const n = toNumber(m[1]);
        if (!Number.isInteger(n) || n <= 0 || n >= 10_000_000) continue;
        // "every Android 14 user": a version, not a count; "we have 140 users": a size
        if ((n !== 1 && /\buser$/i.test(m[0])) || SIZE_BEFORE.test(s.slice(0, m.index))) continue;
        if (planChange(s, m.index, m.index + m[0].length)) continue;
        out.push({ claim: claim(n, [item.id]), impact: IMPACT.test(s), customer: item.isCustomer });
        break;
      }
    }
  }
  return out;
}

/** Users: a count stated with impact first, the customer's before ours; a size statement never. */
function affectedUsers(items: readonly Item[]): Claim<number> | null {
  const all = userCounts(items);
  const pick = (customer: boolean, impact: boolean): Claim<number> | undefined =>
    all.find((c) => (!customer || c.customer) && (!impact || c.impact))?.claim;
  return pick(true, true) ?? pick(true, false) ?? pick(false, true) ?? pick(false, false) ?? null;
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
  const users = affectedUsers(ctx.items);
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
