/** @module Pending approvals, checks under way and promised follow-ups, as known unknowns. */
import { analyze } from '../language/analyze.js';
import { askPendingDecisions } from './ask-pending-decisions.js';
import { askPendingPlans } from './ask-pending-plans.js';
import type { ExtractContext } from './context.js';
import { findSentences } from './find-sentences.js';
import { cleanSentence } from './text/clean-sentence.js';
import { fromSentence, type Unknown } from './unknown.js';

const EXCEPTION =
  /\b(?:policy exception|outside (?:of )?(?:the |our )?policy|needs? (?:\w+ )?approval|approv\w+ (?:from|by))\b/i;
const APPROVER =
  /\b(Leadership|Legal|Finance|Billing|Security|Product|Engineering|Compliance|Procurement)\b/g;
// "The $70 bank fees and any service credit are outside policy" → the subject before the verb
const SUBJECT = /^(.{6,120}?)\s+(?:is|are|needs?|requires?)\b/i;
const FOLLOW_UP =
  /\b(?:i'?ll|we'?ll)\s+((?:process|issue|send|refund|replay|run|merge|apply|deploy|ship|credit|reverse|restore|re-?send)\b.{3,100}?)(?:\s+once\b.*|[.;]|$)/i;

// "until the revert is approved by release mgmt", "Ingrid would need to sign off"
const SIGN_OFF =
  /\b(?:until (?:the )?(.{3,60}?) is (?:actually )?approved by (.{2,40}?)(?=[.,;]|$)|until (.{2,40}?) approves? (.{3,60}?)(?=[.,;]|$)|(.{3,80}?) (?:is an option )?but (\w+(?: \w+)?) (?:would|will) need to (?:sign off|approve))/i;

const onlyPronouns = (text: string): boolean =>
  (analyze(text).sentences[0]?.tokens ?? []).every((t) => t.pos === 'PRON' || t.pos === 'DET');

/** Approvals still needed, results of checks under way, and follow-ups promised internally. */
export function derivePending(ctx: ExtractContext): Unknown[] {
  const decisions = askPendingDecisions(ctx);
  // a sentence read as a decision with its decider is not read again
  const read = new Set(decisions.map((u) => u.trace.sentence));
  const out: Unknown[] = [];
  for (const hit of findSentences(ctx.items, SIGN_OFF, (i) => !i.isCustomer && i.role !== 'bot')) {
    if (read.has(hit.sentence) || ctx.articleIds.has(hit.item.id)) continue;
    const m = hit.match;
    const what = (m[1] ?? m[4] ?? m[5] ?? '').trim();
    const who = (m[2] ?? m[3] ?? m[6] ?? '').trim();
    // "until someone approves it": a help text's generic rule, nobody's pending decision
    if (!what || !who || onlyPronouns(who)) continue;
    out.push(
      fromSentence(
        `When will ${who} approve ${/^(?:their|our|his|her|its|this|that)\b/i.test(what) ? what : `the ${what.replace(/^(?:the|a|an)\s+/i, '')}`}?`,
        'No date or commitment can be given to the customer before this approval.',
        'pending-sign-off',
        hit.item.id,
        hit.sentence,
        'pattern',
      ),
    );
    if (out.length >= 2) break;
  }
  const internal = (i: { isCustomer: boolean; isPublic: boolean; role: string }) =>
    !i.isCustomer && !i.isPublic && i.role !== 'bot';
  for (const hit of findSentences(ctx.items, EXCEPTION, internal)) {
    // "until the revert is approved by release mgmt" was read above as a sign-off
    if (SIGN_OFF.test(hit.sentence) || read.has(hit.sentence)) continue;
    const sentence = cleanSentence(hit.sentence);
    const approvers = [...new Set([...sentence.matchAll(APPROVER)].map((m) => m[1] ?? ''))].filter(Boolean);
    const found = SUBJECT.exec(sentence)?.[1]
      ?.replace(/^(?:and|but|so|also)\s+/i, '')
      .replace(/^any\b/i, 'the');
    // "I drafted a reply…" is a person talking, not the thing to approve
    const subject = found && !/^(?:i|we|you|he|she|they)\b/i.test(found) ? found : null;
    const who = approvers.length > 0 ? approvers.join(' and ') : 'the approver';
    out.push(
      fromSentence(
        `Will ${who} approve ${subject ? subject.charAt(0).toLowerCase() + subject.slice(1) : 'the exception'}?`,
        'It is outside policy: nothing about it can be promised to the customer before approval.',
        'pending-exception',
        hit.item.id,
        hit.sentence,
        'pattern',
      ),
    );
    if (out.length >= 2) break;
  }
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
  return [...decisions, ...out].slice(0, 6);
}
