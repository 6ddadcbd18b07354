/**
 * @module Whether our side, as the thread stands, settles the credit or refund within its own remit:
 * support may give it itself ("up to $200 without approval", "within my limit") or our side declines
 * it ("No waiver and no compensation."): no exception is needed either way. The latest of our
 * sentences that places it within or beyond support's authority wins.
 */
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';
import { type AskHit, isOurDocument } from './derive-compensation-asked.js';
import { amendsThings } from './reads-amends-thing.js';
import {
  declinesCompensation,
  exceedsAuthority,
  readsWithinAuthority,
} from './reads-compensation-authority.js';

/** Evidence ids of our sentences granting or declining the compensation within support's authority; none when a later one places it beyond. */
export function compensationAuthorityCites(ctx: ExtractContext): string[] {
  let ids: string[] = [];
  for (const item of ctx.items) {
    if (!isOurs(item)) continue;
    for (const sentence of item.analyzed) {
      if (exceedsAuthority(sentence)) ids = [];
      else if ((readsWithinAuthority(sentence) || declinesCompensation(sentence)) && !ids.includes(item.id))
        ids.push(item.id);
    }
  }
  return ids.slice(-5);
}

// approval named in a rule ("refunds above $5,000 need VP approval"): the rule sends it upwards
const UPWARDS = new Set(['approval', 'sign-off', 'signoff', 'exception', 'authorisation', 'authorization']);

/**
 * Evidence ids of our documents that grant, by rule, every amends asked: "the label cost is
 * refunded if the carrier approves the claim" covers an ask for the label refunded. The rule and the
 * ask must name the same thing (label, fee, subscription); an ask naming none, or a thing no rule
 * grants (a goodwill extra), is no matter of process. None once our side places the amends beyond
 * support's authority.
 */
export function docGrantCites(ctx: ExtractContext, asks: readonly AskHit[]): string[] {
  if (asks.length === 0) return [];
  if (ctx.items.some((i) => isOurs(i) && i.analyzed.some(exceedsAuthority))) return [];
  const granted = new Map<string, string>();
  for (const item of ctx.items) {
    if (!isOurDocument(ctx, item)) continue;
    for (const s of item.analyzed) {
      if (s.question || s.tokens.some((t) => UPWARDS.has(t.lemma) || UPWARDS.has(t.normal))) continue;
      for (const thing of amendsThings(s) ?? []) if (!granted.has(thing)) granted.set(thing, item.id);
    }
  }
  const ids: string[] = [];
  for (const ask of asks) {
    const s = ask.item.analyzed[ask.index];
    const things = s ? amendsThings(s) : null;
    if (!things || things.length === 0 || !things.every((t) => granted.has(t))) return [];
    for (const t of things) {
      const id = granted.get(t) as string;
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}
