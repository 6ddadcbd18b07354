/** @module Commitments support or success already made to the customer in public. */
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';

const PROMISE = /\b(?:we will|we'll|i will|i'll|have escalated|i've escalated|get back to you)\b/i;

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
