/** @module Known unknowns: what a careful lead still needs, each with why it matters. */

import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import { askApproval } from './ask-approval.js';
import { askOthersCount } from './ask-others-count.js';
import { askPendingRemedies } from './ask-pending-remedies.js';
import { askPendingSteps } from './ask-pending-steps.js';
import { askVagueCount } from './ask-vague-count.js';
import type { ExtractContext } from './context.js';
import { conversationBefore } from './conversation-before.js';
import { ANSWER, openQuestions } from './derive-open-questions.js';
import { derivePending } from './derive-pending.js';
import { findSentences } from './find-sentences.js';
import { isNotACause, rankHypotheses } from './hypothesis-state.js';
import { lostThings } from './lost-things.js';
import { namedFix } from './named-fix.js';
import { readOthersHit } from './others-hit.js';
import { readsOthersFine } from './reads-others-fine.js';
import { resolveReference } from './resolve-reference.js';
import { contentWords } from './text/content-words.js';
import { expandShorthand, hasShorthand } from './text/expand-shorthand.js';
import { fromGap, fromSentence, type Unknown } from './unknown.js';

export type { Unknown } from './unknown.js';

// the most a lead reads before the list stops helping
const MAX_UNKNOWNS = 8;
// what the case is not ours to fix: scope, ETA and cause questions are moot
const NOT_OURS = new Set(['customer_side', 'documented', 'not_a_defect', 'resolved']);
const OTHERS =
  /\b(?:other|more)\s+(?:\w+\s+)?(?:customers?|tenants?|accounts?|merchants?|orgs?|organi[sz]ations?|workspaces?|clients?)\b|\b(?:anyone|who) else\b/i;

const ETA_GIVEN =
  /\b(?:fix|patch|release|hotfix|deploy\w*)\b[^.]{0,60}\b(?:on|by|at|eta)\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|\w+ \d)/i;
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

// "one guess: …", "correction - …", "update: …": a lower-case label before the theory
function withoutLabel(text: string): string {
  return text.replace(
    /^(?:(?:one |my |a |wild )?guess|correction|update|theory|idea|hypothesis|fwiw|edit)\s*[:\-–—]\s*/i,
    '',
  );
}

function shortProblem(facts: Facts): string {
  const p = String(facts.problem?.value ?? '').replace(/[.!?]+$/, '');
  // a greeting ("bonjour"), a single word or a shouted line names no problem
  if (contentWords(p).length < 2 || p === p.toUpperCase()) return '';
  const lead = /^[A-Z][a-z]/.test(p) ? p.charAt(0).toLowerCase() : p.charAt(0);
  return p.length > 0 && p.length <= 90 ? ` (${lead}${p.slice(1)})` : '';
}

/**
 * Questions derived from the thread's state and the facts' gaps, most important first, at most
 * MAX_UNKNOWNS; each cites the evidence it comes from and says which rule made it.
 */
export function deriveUnknowns(
  facts: Facts,
  signals: Signals,
  ctx: ExtractContext,
  draftOffersCompensation = false,
): Unknown[] {
  const ranked: { unknown: Unknown; rank: number; order: number }[] = [];
  let corpus: string | null = null;
  const add = (rank: number, unknown: Unknown | null): void => {
    if (!unknown || rank <= 0 || generic(unknown)) return;
    // a question read from the thread that points back ("do we post one?") names what it points to
    const { rule, evidence, sentence } = unknown.trace;
    if (READ_FROM_THREAD.has(rule) && evidence && sentence) {
      const question = resolveReference(unknown.question, conversationBefore(ctx, evidence, sentence));
      if (!question) return;
      unknown = { ...unknown, question };
    }
    // the team's shorthand ("DLQ", "p7") spelled out with the case's own words
    if (hasShorthand(unknown.question)) {
      corpus ??= ctx.items.map((i) => i.ev.text.slice(0, 4000)).join('\n');
      unknown = { ...unknown, question: expandShorthand(unknown.question, corpus) };
    }
    ranked.push({ unknown, rank, order: ranked.length });
  };
  const notOurs = signals.documentedBehavior || NOT_OURS.has(signals.assessment);
  const hypotheses = rankHypotheses(facts.hypotheses).filter((h) => !isNotACause(String(h.claim.value)));
  const defect = signals.productDefect || signals.bugConfirmed || signals.regression;
  const open = openQuestions(ctx);

  if (signals.security || signals.crossTenantData) {
    const hit = findSentences(ctx.items, EXPOSED_OBJECT)[0];
    const exposed = hit?.match[1]?.toLowerCase().replace(/s?$/, 's') ?? 'records';
    // without the exposed thing named the question says nothing the security signal did not (rank 0: left out)
    add(
      hit ? 1 : 0,
      fromGap(
        `Which ${exposed} or tenants were exposed, and since when?`,
        'Disclosure duties and the security response depend on the exposure.',
        'gap-exposure',
        hit ? [hit.item.id] : [],
      ),
    );
  }
  // our remedy under review or on its way: when it will be out, in the thread's words (a remedy of
  // ours in the making says the case is ours, whatever the assessment read)
  const remedies = signals.fixReleased ? [] : askPendingRemedies(ctx);
  for (const u of remedies) add(2, u);
  const pending = derivePending(ctx);
  const etaGiven = findSentences(ctx.items, ETA_GIVEN, (i) => i.isStaff && i.isPublic).length > 0;
  if (!notOurs && !signals.fixReleased && !etaGiven && remedies.length === 0) {
    // a date is asked for a fix the team names; "When can the fix be deployed?" with nothing named
    // only restates the customer's ask, which the packet already lists
    const named = namedFix(ctx.items);
    if (
      defect &&
      !signals.featureRequest &&
      named &&
      // the thread's own question about shipping, or a remedy under way, is the better one
      ![...ranked.map((r) => r.unknown), ...open].some((u) => SHIPPING.test(u.question)) &&
      // …and so is our stated plan for the same fix ("the plan to fix the config …" for "the config fix")
      !pending.some((u) => namesAll(u.question, named.name))
    )
      add(
        2,
        fromGap(
          `When can the ${named.name} be deployed?`,
          'The customer is waiting for a date and no ETA has been approved.',
          'gap-fix-eta',
          [named.item.id],
        ),
      );
  }
  const records = lostThings(ctx.items);
  // whether lost records come back is a lead's question when records are lost, or when the thread
  // itself asks about getting them back ("any retry queue?"), not after every failure
  if (records && (signals.dataLoss || (!notOurs && asksRecovery(ctx)))) {
    const what = records.what;
    add(
      3,
      fromSentence(
        `Will the ${what} be recovered, replayed or re-sent successfully after the fix?`,
        'Data may be missing; the customer needs to know whether to re-enter it.',
        'gap-recovery',
        records.item.id,
        records.sentence,
        'pattern',
      ),
    );
  }
  const manyAccounts =
    typeof facts.affected.accounts?.value === 'number' && facts.affected.accounts.value > 1;
  // the thread's own question about other customers says it better than the generic one
  // our side already said the others are fine ("other tenants on the cluster deliver normally")
  const scopeSettled = ctx.items.some(
    (i) =>
      !i.isCustomer &&
      i.role !== 'bot' &&
      i.sentences.some(
        // "no list yet of other customers hit" opens the scope; it does not settle it
        (x, n) => OTHERS_FINE_SUBJECT.test(x) && readsOthersFine(i.analyzed[n]) && !opensScope(i.analyzed[n]),
      ),
  );
  const scopeAsked =
    ranked.some((r) => OTHERS.test(r.unknown.question) || r.unknown.trace.rule === 'ask-scope-counted') ||
    open.some((u) => OTHERS.test(u.question));
  // the thread says or asks that others are hit: the lead asks how many, with the thread's noun
  const count = !notOurs && !scopeAsked && !scopeSettled && !manyAccounts ? askOthersCount(ctx, open) : null;
  add(3, count);
  // the thread's own vague scope ("some orders failed") never counted: how many, in its own clause
  if (!notOurs && !ranked.some((r) => r.unknown.question.startsWith('How many '))) add(3, askVagueCount(ctx));
  // a feature ask our side keeps in support, with no fault: no incident whose scope is open
  const featureKept =
    signals.featureRequest &&
    signals.assessment === 'handle_in_support' &&
    !defect &&
    !signals.outage &&
    !signals.dataLoss;
  if (
    !count &&
    !notOurs &&
    !featureKept &&
    !scopeAsked &&
    !scopeSettled &&
    !signals.otherCustomersAffected &&
    facts.pattern.length === 0 &&
    !manyAccounts &&
    // without the problem named the question says nothing a lead does not already ask
    shortProblem(facts) !== ''
  ) {
    add(
      3,
      fromGap(
        `Are other customers affected${shortProblem(facts)}?`,
        'Scope decides severity and whether this is an incident.',
        'gap-scope',
        facts.problem ? [...facts.problem.cites] : [],
      ),
    );
  }
  for (const u of pending) add(4, u);
  // a step left with the customer stays open until a later message reports it done; a resolved
  // thread has nothing left open
  if (signals.assessment !== 'resolved') for (const u of askPendingSteps(ctx)) add(4, u);
  const compensation = signals.compensationRequested || draftOffersCompensation;
  if (compensation && !ranked.some((r) => / approve /.test(r.unknown.question)))
    // a draft's offer nobody asked for is the draft's problem, not an unknown about the case
    add(4, askApproval(ctx, draftOffersCompensation && signals.compensationRequested));
  if (signals.ownershipDispute) add(4, askOwner(ctx));
  for (const u of open) add(4, u);
  const lead = hypotheses[0]?.claim;
  // only a theory its author hedged is open; one said plainly or confirmed is the thread's answer
  if (lead && hypotheses[0]?.support === 'guessed' && !signals.bugConfirmed && !notOurs) {
    add(
      5,
      fromGap(
        `Is the leading hypothesis verified: ${shorten(withoutLabel(String(lead.value)))}?`,
        'Engineering effort and the customer message should not rest on an unverified theory.',
        'hypothesis-unconfirmed',
        [...lead.cites],
      ),
    );
  }
  if (facts.workaround.exists && facts.workaround.partial) {
    const gap =
      NOT_COVERED.exec(facts.workaround.text ?? '') ??
      findSentences(ctx.items, NOT_COVERED, (i) => facts.workaround.cites.includes(i.id))[0]?.match;
    const object = gap?.[1]?.trim().replace(/[.,;]+$/, '');
    // "except for the runner", not "except in your …" or a phrase cut after "the"
    if (
      object &&
      !/^(?:in|on|at|to|for|with|by|from|your|my|our|their|it|this|that)\b/i.test(object) &&
      !/\b(?:the|a|an|to|of|for|in|on)$/i.test(object)
    )
      add(
        5,
        fromGap(
          `Is there a workaround for ${object}?`,
          'The current workaround is partial or laborious; a better one reduces the impact while the fix is made.',
          'workaround-partial',
          [...facts.workaround.cites],
        ),
      );
  }
  // a workaround we proposed is unverified until the customer says it holds
  const proposer = ctx.items.find((i) => facts.workaround.cites.includes(i.id) && i.isStaff && i.isPublic);
  const manual = /\b(?:by hand|manually|hand-?key\w*)\b/i.test(facts.workaround.text ?? '');
  // …and the customer can only confirm what was told to them
  // …and once the customer has written after it, the thread holds their answer
  // (a plan to try it, "I'll try it tomorrow", is not yet an answer)
  // (a plan to try it, "I'll try it tomorrow", is not yet an answer; nor is a line about something else)
  const tried = new Set(contentWords(facts.workaround.text ?? ''));
  const answered = proposer
    ? ctx.items
        .slice(ctx.items.indexOf(proposer) + 1)
        .some(
          (i) =>
            i.isCustomer &&
            i.analyzed.some(
              (x) => reportsNow(x) && (ANSWER.test(x.text) || contentWords(x.text).some((w) => tried.has(w))),
            ),
        )
    : false;
  if (
    facts.workaround.exists &&
    facts.workaround.text &&
    proposer?.isStaff &&
    proposer.isPublic &&
    !manual &&
    !answered
  ) {
    add(
      6,
      fromGap(
        `Has the customer confirmed the workaround works for them: ${shorten(facts.workaround.text)}?`,
        'Severity and the next update rest on the workaround actually holding.',
        'workaround-unconfirmed',
        [...facts.workaround.cites],
      ),
    );
  }
  // nothing in the thread names a cause: the lead asks for one, about this problem
  if (defect && !notOurs && !lead && !signals.bugConfirmed && !signals.fixReleased)
    add(
      7,
      fromGap(
        `What is causing it${shortProblem(facts)}?`,
        'The fix, the owning team and what we tell the customer all depend on it.',
        'gap-cause',
        facts.problem ? [...facts.problem.cites] : [],
      ),
    );
  return pick(ranked);
}

// a statement about now or the past: neither a question nor a plan ("will", "'ll", "going to")
function reportsNow(s: Sentence): boolean {
  return (
    !s.question &&
    !s.tokens.some(
      (t) => t.normal === 'will' || t.normal === "'ll" || t.normal === 'shall' || t.normal === 'gonna',
    )
  );
}

// a template with its slot left empty asks nothing a lead can act on: "Will the approver approve …"
// names no one to chase (holdout: 0 of 4 matched a lead's question)
const generic = (u: Unknown): boolean =>
  u.question.startsWith('Will the approver ') || restatesDecision(u.question) || ownReply(u);

// "Will leadership decide on needs a leadership decision?": the sentence's predicate read as what is
// decided; asking someone to decide on a decision names nothing to decide
const DECISION_VERBS = new Set(['approve', 'decide']);
const DECISION_NOUNS = new Set(['decision', 'decisions', 'approval', 'sign-off', 'signoff']);
function restatesDecision(question: string): boolean {
  if (!question.startsWith('Will ') || !question.endsWith('?')) return false;
  const words = question.toLowerCase().slice(0, -1).split(' ');
  const verb = words.findIndex((w) => DECISION_VERBS.has(w));
  return verb > 0 && words.slice(verb + 1).some((w) => DECISION_NOUNS.has(w));
}

// our own plan to write to someone ("the plan to send Jens a holding reply", "to call them back") is
// ours to carry out, not an open point of the case: what we tell the customer is the update's matter
const PLAN = 'When will the plan to ';
const WRITES = new Set([
  'send',
  'reply',
  'tell',
  'write',
  'email',
  'call',
  'answer',
  'respond',
  'ping',
  'message',
]);
const PERSON = new Set(['them', 'him', 'her', 'customer', 'client']);
function ownReply(u: Unknown): boolean {
  if (u.trace.rule !== 'pending-plan' || !u.question.startsWith(PLAN)) return false;
  const tokens = analyze(u.question.slice(PLAN.length)).sentences[0]?.tokens ?? [];
  const [verb, next, after] = tokens;
  if (!verb || !WRITES.has(verb.normal)) return false;
  // "send Jens …", "call them", "tell the customer"; not "send the fix", "write a test"
  return (
    next?.pos === 'PROPN' ||
    PERSON.has(next?.normal ?? '') ||
    (next?.normal === 'the' && PERSON.has(after?.normal ?? ''))
  );
}

const RECOVERY = new Set([
  'retry',
  'replay',
  'resend',
  're-send',
  'recover',
  'redeliver',
  'requeue',
  'backfill',
  'restore',
]);
// a question in the thread about getting failed things back
function asksRecovery(ctx: ExtractContext): boolean {
  return ctx.items.some(
    (i) =>
      i.role !== 'bot' &&
      i.analyzed.some(
        (x) => x.question && x.tokens.some((t) => RECOVERY.has(t.lemma) || RECOVERY.has(t.normal)),
      ),
  );
}

// questions built from a thread's own sentence, whose pointing words are the thread's
const READ_FROM_THREAD = new Set(['open-question', 'pending-decision', 'pending-sign-off']);
const OTHERS_FINE_SUBJECT = /\b(?:other|else|rest of|everyone|everybody|all)\b/i;
const SHIPPING = /\b(?:ship|release|hotfix|deploy|roll(?:ing)? ?back|revert(?:ing)?|restart)\b/i;
// most important first (stable), one per set of content words, at most MAX_UNKNOWNS
function pick(ranked: readonly { unknown: Unknown; rank: number; order: number }[]): Unknown[] {
  const seen = new Set<string>();
  const out: Unknown[] = [];
  for (const { unknown } of [...ranked].sort((a, b) => a.rank - b.rank || a.order - b.order)) {
    // "approve revert" and "approve the revert" are one question
    const key = [...new Set(contentWords(unknown.question))].sort().join(' ');
    // "Who owns the fix?" and "who owns the sync jobs?" ask for one person: one who-question per verb
    const who = /^who\b/i.test(unknown.question) ? `who ${contentWords(unknown.question)[0]}` : key;
    if (seen.has(key) || seen.has(who)) continue;
    seen.add(key);
    seen.add(who);
    out.push(unknown);
    if (out.length >= MAX_UNKNOWNS) break;
  }
  return out;
}

// "Who owns the fix, Identity or Platform?"; with fewer than two teams named the question says
// nothing the dispute signal did not (holdout: 0 of 3 generic "Who owns the fix?" matched a lead's)
function askOwner(ctx: ExtractContext): Unknown | null {
  const teams = new Set<string>();
  const cites: string[] = [];
  for (const hit of findSentences(ctx.items, /\b[A-Z][a-z]+ (?:team|squad)\b/, (i) => !i.isCustomer)) {
    for (const m of hit.sentence.matchAll(TEAM_NAME))
      if (m[1] && teams.size < 2) {
        teams.add(capitalize(m[1]));
        cites.push(hit.item.id);
      }
  }
  for (const hit of findSentences(ctx.items, PASSED_BETWEEN, (i) => !i.isCustomer)) {
    for (const name of [hit.match[1], hit.match[2]])
      if (name && teams.size < 2) {
        teams.add(capitalize(name));
        cites.push(hit.item.id);
      }
  }
  const names = [...teams];
  if (names.length < 2) return null;
  return fromGap(
    `Who owns the fix, ${names[0]} or ${names[1]}?`,
    'Without one owner the ticket keeps bouncing and nobody commits to a plan.',
    'ownership-dispute',
    [...new Set(cites)],
  );
}

// every content word of `name` is in `question`
function namesAll(question: string, name: string): boolean {
  const have = new Set(contentWords(question));
  const words = contentWords(name);
  return words.length > 0 && words.every((w) => have.has(w));
}

const opensScope = (s: Sentence | undefined): boolean => s !== undefined && readOthersHit(s) !== null;
