/** @module Commitments support or success already made to the customer in public. */
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';

const PROMISE =
  /\b(?:we will|we'll|i will|i'll|we are going to|we're going to|we are (?:going to )?escalat\w+|has been escalated|have escalated|i've escalated|we've escalated|escalated (?:this|it|your \w+) to|get back to you|follow up|update you|keep you (?:posted|updated)|expect (?:an|a) (?:update|fix)|will be (?:fixed|resolved|deployed|released|shipped|credited|refunded)|you will (?:receive|get|have))\b/i;

/** Promises already made in public by staff; the draft reply never counts. */
export function extractCommitments(ctx: ExtractContext): Claim<string>[] {
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    if (!item.isStaff || !item.isPublic) continue;
    for (const s of item.sentences)
      if (PROMISE.test(s) && !s.endsWith('?')) out.push(claim(cleanSentence(s), [item.id]));
  }
  return uniqueClaims(out).slice(0, 10);
}
