/**
 * @module Which sentences ask for compensation: amends (a credit, refund, waiver, free time) asked of
 * us for the customer, by the customer or relayed by our side as the customer's ask. Not amends the
 * customer gave their own people, a compensation word that only names a thing or means pay, a
 * document's words, nor our own proposals.
 */
import { clausesOf, supposes } from '../language/clause.js';
import { onlyAThingSays } from '../language/reported-speech.js';
import type { Sentence } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext, Item } from './context.js';
import { isMatchDenied } from './denied-match.js';
import { findSentences } from './find-sentences.js';
import { readsAmendsAsName } from './reads-amends-as-name.js';
import { readsAmendsForOthers } from './reads-amends-for-others.js';
import { grantsAmends } from './reads-compensation-authority.js';
import { readsOurProposal } from './reads-our-proposal.js';
import { readsOwnAmends } from './reads-own-amends.js';
import { readsPayNotAmends } from './reads-pay-not-amends.js';
import * as cue from './signal-cues.js';
import { isStatusPage } from './signal-scope.js';

// a status page speaks of its own incidents; an account row is no one's words
const notField = (i: Item): boolean => i.unit !== 'account' && !isStatusPage(i);

// verbs by which someone asks for a thing (lemmas)
const ASKING = new Set([
  'want',
  'ask',
  'request',
  'demand',
  'expect',
  'insist',
  'claim',
  'seek',
  'push',
  'chase',
]);

// what names an ask: a verb of asking, or an ask as a noun ("refund request", "credit claim")
const ASK_NOUNS = new Set(['request', 'claim', 'ask', 'demand']);
const namesAsk = (s: Sentence): boolean =>
  s.tokens.some(
    (t) => (t.pos === 'VERB' && ASKING.has(t.lemma)) || (t.pos === 'NOUN' && ASK_NOUNS.has(t.lemma)),
  );

/**
 * Our written word, not a person's in the thread: a published article, or a document of ours
 * nobody signed (an internal policy, a runbook). A note one of our people signed stays theirs.
 */
export const isOurDocument = (ctx: ExtractContext, i: Item): boolean =>
  !i.isCustomer &&
  !i.isStaff &&
  i.role !== 'bot' &&
  (ctx.articleIds.has(i.id) || (i.kind === 'note' && i.ev.author === null && !i.isPublic));

/**
 * Our side naming amends under a condition ("a waiver is fine if she wants it", "the fee is refunded
 * if the carrier pays"): an offer or a rule, not an ask. An asking verb outside the condition ("she
 * wants a refund if the order is late") still relays the customer's ask.
 */
function offersOnCondition(s: Sentence): boolean {
  if (!s.conditional) return false;
  const clauses = clausesOf(s);
  if (!clauses.some((_, k) => supposes(clauses, k))) return false;
  return !clauses.some(
    (c, k) => !supposes(clauses, k) && c.tokens.some((t) => t.pos === 'VERB' && ASKING.has(t.lemma)),
  );
}

/**
 * True when the compensation words of sentence (item, index) ask nothing of us for the customer.
 * `settled`: our side has placed the amends within support's authority, so our own granting of it is
 * support's act, no decision left to take.
 */
export function asksNoAmends(item: Item, index: number, settled: boolean, ctx: ExtractContext): boolean {
  const sentence = item.analyzed[index];
  if (sentence === undefined) return false;
  return (
    // a published article or a bot's canned text describes when amends happen; it asks for none
    // (a note one of our people signed stays theirs)
    // … and so does a document of ours nobody signed (a policy, a runbook), unless it relays an
    // ask ("refund requested 6 days after renewal", "he asked for it in writing")
    (isOurDocument(ctx, item) && (ctx.articleIds.has(item.id) || !namesAsk(sentence))) ||
    item.role === 'bot' ||
    // "her refund", "refunds the buyer", "refund my customers": amends owed to someone else
    readsAmendsForOthers(sentence, item.isCustomer) ||
    // "the waiver is fine if she wants it": our side's offer on a condition, no ask relayed
    (!item.isCustomer && offersOnCondition(sentence)) ||
    (item.isCustomer && readsOwnAmends(sentence)) ||
    // "Refunded the €15 fee", once our side has placed it within support's authority: settled by
    // support, no compensation decision left to take
    (!item.isCustomer && settled && grantsAmends(sentence)) ||
    readsAmendsAsName(sentence, cue.COMPENSATION) ||
    // "the org chart shows everyone's compensation", "GET …/compensation": pay or data, no amends
    readsPayNotAmends(sentence, cue.COMPENSATION) ||
    // "that draft has to go, it says a free month": a document's words ask for nothing
    (!item.isCustomer && onlyAThingSays(sentence, cue.COMPENSATION)) ||
    // "could we at least waive March?" in our own channel: our proposal, not the customer's ask
    (item.isStaff && !item.isPublic && readsOurProposal(sentence))
  );
}

/** A sentence that asks for compensation: its item and its index among the item's sentences. */
export interface AskHit {
  readonly item: Item;
  readonly index: number;
}

/**
 * The sentences asking for compensation, oldest first, at most `limit` items' worth. The draft reply
 * is a proposal under review: its offers open the compensation gate (draftOffersCompensation) but
 * never drive the decision.
 */
export function compensationAsks(ctx: ExtractContext, settled: boolean, limit = 5): AskHit[] {
  const out: AskHit[] = [];
  const ids = new Set<string>();
  for (const hit of findSentences(ctx.items, cue.COMPENSATION, notField)) {
    if (asksNoAmends(hit.item, hit.index, settled, ctx) || isMatchDenied(hit.item, hit.index, hit.match))
      continue;
    if (!ids.has(hit.item.id) && ids.size >= limit) break;
    ids.add(hit.item.id);
    out.push({ item: hit.item, index: hit.index });
  }
  return out;
}

/** Evidence ids of the items asking for compensation (see compensationAsks). */
export function compensationAskedCites(ctx: ExtractContext, settled: boolean): string[] {
  return [...new Set(compensationAsks(ctx, settled).map((h) => h.item.id))];
}

/** One trace per item asking: the first sentence of it that asks. */
export function askTraces(asks: readonly AskHit[]): Trace[] {
  const seen = new Set<string>();
  return asks.flatMap(({ item, index }) => {
    if (seen.has(item.id)) return [];
    seen.add(item.id);
    const sentence = (item.sentences[index] ?? '').slice(0, 400);
    return [{ mechanism: 'pattern', rule: 'cue.COMPENSATION', evidence: item.id, sentence }];
  });
}
