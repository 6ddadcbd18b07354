/**
 * @module Who must approve the compensation in play and what it is: "Will Leadership approve the
 * service credits?" rather than a question about "the compensation" in general.
 */
import type { ExtractContext } from './context.js';
import { declinesCompensation } from './reads-compensation-authority.js';
import { fromGap, fromSentence, type Unknown } from './unknown.js';

// the thing to approve, with its amount when one is written before it: "$13,788.49 refund", "service credits"
const COMPENSATION =
  /((?:[$€£]\s?[\d,.]+k?\s+|\d[\d,.]*\s?(?:%|eur|usd|gbp)\s+)?(?:(?:service|sla|goodwill|account|partial|full)\s+)?(?:credits?|refunds?|reimburse(?:ment)?|compensation|discount|goodwill))\b/i;
// who approves: a team or a senior title named near an approval word
const APPROVER =
  /\b(Leadership|Legal|Finance|(?:the\s+)?(?:VP|Head|Director)(?:\s+of)?\s+[A-Z]\w+|CFO|CEO|COO|CRO)\b/;
const APPROVAL =
  /\b(?:approv\w*|sign(?:s|ed)?[- ]off|authori[sz]\w*|above (?:my|our|the) (?:limit|authority))\b/i;

// "fine without approval", "no sign-off needed": the approval is not in play
const NO_APPROVAL =
  /\b(?:without|no|not need\w*|doesn'?t need|within (?:my|our) (?:limit|authority))\b[^.;]{0,20}\b(?:approv|sign)|\bwithin (?:my|our) (?:limit|authority)\b/i;

/**
 * The approval a compensation waits on, when our side names one: the approver and the thing, from
 * its sentences (or the thing from the customer's ask). Null when nobody on our side speaks of one.
 */
export function askApproval(ctx: ExtractContext, draftOffers = false): Unknown | null {
  let approver: string | null = null;
  let object: string | null = null;
  let cite: { id: string; sentence: string } | null = null;
  let waived = false;
  let declined = false;
  for (const item of ctx.items) {
    if (item.isCustomer || item.role === 'bot') continue;
    // our side has already said no ("No waiver and no compensation."): that decision is the answer
    if (item.analyzed.some(declinesCompensation)) declined = true;
    item.sentences.forEach((s) => {
      if (NO_APPROVAL.test(s)) waived = true;
      if (!APPROVAL.test(s) || NO_APPROVAL.test(s)) return;
      const who = APPROVER.exec(s)?.[1];
      const what = COMPENSATION.exec(s)?.[1];
      if (who && !approver) approver = who.replace(/^the\s+/i, '');
      if (what && (who || !object)) object = what;
      if (!cite) cite = { id: item.id, sentence: s };
    });
  }
  const c = cite as { id: string; sentence: string } | null;
  if (declined || (waived && !approver)) return null;
  // the draft reply offers something nobody has approved yet
  if (!c && draftOffers)
    return fromGap(
      'Will the approver accept the compensation asked for or offered?',
      'Nothing about credits, refunds or exceptions can be promised before approval.',
      'ask-approval',
      ctx.draftItems.map((i) => i.id).slice(0, 1),
    );
  if (!c) return null;
  // an approval of something else ("approved wording"), with nobody named: no compensation question
  if (!approver && !object) return null;
  const whom = approver ?? 'the approver';
  const thing = object
    ? `the ${String(object)
        .toLowerCase()
        .replace(/^the\s+/, '')}`
    : 'the compensation';
  return fromSentence(
    `Will ${whom} approve ${thing}?`,
    'Nothing about credits, refunds or exceptions can be promised before approval.',
    'ask-approval',
    c.id,
    c.sentence,
    'pattern',
  );
}
