/** @module Pending approvals, checks under way, promised follow-ups and third parties' steps, as known unknowns. */
import { askPendingApprovals, askPendingDecisions } from './ask-pending-decisions.js';
import { askPendingPlans } from './ask-pending-plans.js';
import { askThirdPartySteps } from './ask-pending-steps.js';
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { fromSentence, type Unknown } from './unknown.js';

const FOLLOW_UP =
  /\b(?:i'?ll|we'?ll)\s+((?:process|issue|send|refund|replay|run|merge|apply|deploy|ship|credit|reverse|restore|re-?send)\b.{3,100}?)(?:\s+once\b.*|[.;]|$)/i;

/** Approvals still needed, results of checks under way, follow-ups promised internally, and third parties' steps. */
export function derivePending(ctx: ExtractContext): Unknown[] {
  const decisions = askPendingDecisions(ctx);
  // a sentence read as a decision is not read again
  const read = new Set(decisions.map((u) => u.trace.sentence));
  const out: Unknown[] = [];
  const internal = (i: { isCustomer: boolean; isPublic: boolean; role: string }) =>
    !i.isCustomer && !i.isPublic && i.role !== 'bot';
  // a standing rule or an approval no one is named for, when not read as a decision above
  const approvals = askPendingApprovals(ctx, (s) => read.has(s));
  for (const u of approvals) read.add(u.trace.sentence);
  out.push(...approvals);
  const promised = new Set<string>();
  for (const item of ctx.items) {
    if (!internal(item)) continue;
    for (const s of item.sentences) {
      const f = FOLLOW_UP.exec(s);
      if (f?.[1]) {
        promised.add(s);
        out.push(
          fromSentence(
            `Has the team done what it said it would: ${f[1].replace(/\s+it$/, '')} (${cleanSentence(s).slice(0, 100)})?`,
            'A follow-up was promised internally; the customer update depends on whether it happened.',
            'pending-follow-up',
            item.id,
            s,
            'pattern',
          ),
        );
      }
    }
  }
  // a sentence read as a decision or a promised follow-up is not read again as a plan
  out.push(...askPendingPlans(ctx, (s) => read.has(s) || promised.has(s)));
  // a step the bank, a carrier or another team of ours has ahead of it, unless read as a decision
  out.push(...askThirdPartySteps(ctx, (s) => read.has(s)));
  return [...decisions, ...out].slice(0, 6);
}
