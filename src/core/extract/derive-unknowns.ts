/** @module Known unknowns: what a careful lead still needs, each with why it matters. */

import type { Facts } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import type { ExtractContext } from './context.js';
import { deriveOpenQuestions } from './derive-open-questions.js';
import { derivePending } from './derive-pending.js';
import { findSentences } from './find-sentences.js';
import { isNotACause, rankHypotheses } from './hypothesis-state.js';
import { contentWords } from './text/content-words.js';
import { expandShorthand, hasShorthand } from './text/expand-shorthand.js';

export interface Unknown {
  readonly question: string;
  readonly why: string;
}

const ETA_ASK = /\b(?:when|eta|timeline|before (?:the|our|\w+day)|fix(?:ed)? (?:by|before))\b/i;
const ETA_GIVEN =
  /\b(?:fix|patch|release|hotfix|deploy\w*)\b[^.]{0,60}\b(?:on|by|at|eta)\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|\w+ \d)/i;
const RECORDS =
  /\b(failed|missing|lost|dropped|duplicated?|delayed|stuck)\s+((?:\w+[- ])?(?:orders|records|rows|events|webhooks|messages|invoices|charges|payments|jobs|entries|syncs|requests|files|emails))\b/i;
const NOT_COVERED =
  /(?:,\s*|\b)(?:except(?: for)?|not for|(?<=,\s*)not)\s+(?!sure\b|yet\b|really\b|always\b|much\b)((?:\w+[- ]?){1,4})/i;
const TEAM_NAME = /\b([A-Z][a-z]+) (?:team|squad)\b/g;
const EXPOSED_OBJECT =
  /\b(?:another|other)\s+(?:tenant|customer|company|organi[sz]ation|account)(?:'s)?\s+(invoices?|records?|orders?|files?|documents?|reports?|emails?|data)\b/i;

const PASSED_BETWEEN =
  /\b([A-Za-z]+) (?:says|said|thinks|claims) (?:it'?s|it is) (?:a|an) ([A-Za-z]+)(?:-side)? (?:issue|problem|bug)\b/i;

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function shorten(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  const cut = first.length > 160 ? first.slice(0, first.lastIndexOf(' ', 160)) : first;
  return cut.replace(/[\s.,;:!?]+$/, '');
}

function shortProblem(facts: Facts): string {
  const p = String(facts.problem?.value ?? '').replace(/[.!?]+$/, '');
  const lead = /^[A-Z][a-z]/.test(p) ? p.charAt(0).toLowerCase() : p.charAt(0);
  return p.length > 0 && p.length <= 90 ? ` (${lead}${p.slice(1)})` : '';
}

/** Questions derived from gaps in the facts and open questions in the evidence, in a fixed order. */
export function deriveUnknowns(
  facts: Facts,
  signals: Signals,
  ctx: ExtractContext,
  draftOffersCompensation = false,
): Unknown[] {
  const out: Unknown[] = [];
  const seen = new Set<string>();
  let corpus: string | null = null;
  const add = (raw: string, why: string): void => {
    // the team's shorthand ("DLQ", "p7") spelled out with the case's own words
    let question = raw;
    if (hasShorthand(raw)) {
      corpus ??= ctx.items.map((i) => i.ev.text.slice(0, 4000)).join('\n');
      question = expandShorthand(raw, corpus);
    }
    // "approve revert" and "approve the revert" are one question
    const key = [...new Set(contentWords(question))].sort().join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ question, why });
  };
  // the thread answers "what is the cause" once a hypothesis is confirmed there (reproduced, found, in the logs)
  const ranked = rankHypotheses(facts.hypotheses).filter((h) => !isNotACause(String(h.claim.value)));
  const causeConfirmed = ranked[0]?.support === 'confirmed';
  const confirmed = signals.bugConfirmed || signals.documentedBehavior || causeConfirmed;
  if (!confirmed) {
    add(
      'What is the root cause?',
      'The fix, the owning team and what we tell the customer all depend on it.',
    );
  }
  const lead = ranked[0]?.claim;
  if (lead && !signals.bugConfirmed && !causeConfirmed) {
    add(
      `Is the leading hypothesis verified: ${shorten(String(lead.value))}?`,
      'Engineering effort and the customer message should not rest on an unverified theory.',
    );
  }
  const asksEta = facts.customerAsks.some((a) => ETA_ASK.test(String(a.value))) || facts.deadlines.length > 0;
  const etaGiven = findSentences(ctx.items, ETA_GIVEN, (i) => i.isStaff && i.isPublic).length > 0;
  if (
    (signals.productDefect || signals.bugConfirmed || signals.regression || asksEta) &&
    !signals.documentedBehavior &&
    !etaGiven
  ) {
    add('When can the fix be deployed?', 'The customer is waiting for a date and no ETA has been approved.');
  }
  const records = findSentences(ctx.items, RECORDS)[0];
  if (signals.dataLoss || records) {
    const what = records
      ? `${records.match[1]?.toLowerCase()} ${records.match[2]?.toLowerCase()}`
      : 'affected records';
    add(
      `Will the ${what} be recovered or replayed successfully after the fix?`,
      'Data may be missing or duplicated; the customer needs to know whether to re-enter it.',
    );
  }
  const manyAccounts =
    typeof facts.affected.accounts?.value === 'number' && facts.affected.accounts.value > 1;
  if (
    !signals.otherCustomersAffected &&
    !signals.documentedBehavior &&
    facts.pattern.length === 0 &&
    !manyAccounts
  ) {
    add(
      `Are other customers affected${shortProblem(facts)}?`,
      'Scope decides severity and whether this is an incident.',
    );
  }
  if (facts.affected.users === null && facts.affected.accounts === null && !signals.documentedBehavior) {
    add('How many users or records are affected?', 'Severity and priority depend on the size of the impact.');
  }
  if (facts.workaround.exists && facts.workaround.partial) {
    const gap =
      NOT_COVERED.exec(facts.workaround.text ?? '') ??
      findSentences(ctx.items, NOT_COVERED, (i) => facts.workaround.cites.includes(i.id))[0]?.match;
    const object = gap?.[1]?.trim().replace(/[.,;]+$/, '');
    add(
      object
        ? `Is there a workaround for ${object}?`
        : 'Is there a workaround for the cases the current one does not cover?',
      'The current workaround is partial or laborious; a better one reduces the impact while the fix is made.',
    );
  }
  if (facts.workaround.exists === null && !signals.documentedBehavior) {
    add('Is there a workaround?', 'A workaround changes severity and what we can offer the customer now.');
  }
  if (signals.ownershipDispute) {
    const teams = new Set<string>();
    for (const hit of findSentences(ctx.items, /\b[A-Z][a-z]+ (?:team|squad)\b/, (i) => !i.isCustomer)) {
      for (const m of hit.sentence.matchAll(TEAM_NAME))
        if (m[1] && teams.size < 2) teams.add(capitalize(m[1]));
    }
    for (const hit of findSentences(ctx.items, PASSED_BETWEEN, (i) => !i.isCustomer)) {
      for (const name of [hit.match[1], hit.match[2]])
        if (name && teams.size < 2) teams.add(capitalize(name));
    }
    const names = [...teams];
    add(
      names.length === 2 ? `Who owns the fix, ${names[0]} or ${names[1]}?` : 'Who owns the fix?',
      'Without one owner the ticket keeps bouncing and nobody commits to a plan.',
    );
  }
  const pending = derivePending(ctx);
  for (const p of pending) add(p.question, p.why);
  const compensation = signals.compensationRequested || draftOffersCompensation;
  if (compensation && !pending.some((p) => p.question.includes(' approve '))) {
    add(
      'Will the approver accept the compensation asked for or offered?',
      'Nothing about credits, refunds or exceptions can be promised before approval.',
    );
  }
  // a workaround we proposed is unverified until the customer says it holds
  const proposer = ctx.items.find((i) => i.id === facts.workaround.cites[0]);
  const manual = /\b(?:by hand|manually|hand-?key\w*)\b/i.test(facts.workaround.text ?? '');
  if (facts.workaround.exists && facts.workaround.text && proposer && !proposer.isCustomer && !manual) {
    add(
      `Has the customer confirmed the workaround works for them: ${shorten(facts.workaround.text)}?`,
      'Severity and the next update rest on the workaround actually holding.',
    );
  }
  if (signals.security || signals.crossTenantData) {
    const exposed =
      findSentences(ctx.items, EXPOSED_OBJECT)[0]?.match[1]?.toLowerCase().replace(/s?$/, 's') ?? 'records';
    add(
      `Which ${exposed} or tenants were exposed, and since when?`,
      'Disclosure duties and the security response depend on the exposure.',
    );
  }
  for (const question of deriveOpenQuestions(ctx)) {
    add(question, 'The team raised it and the evidence does not settle it yet.');
  }
  return out;
}
