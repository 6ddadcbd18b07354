/** @module Customer asks: the questions and requests in the customer's own public messages. */
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';

const REQUEST =
  /\b(?:can you|could you|would you|will you|please|we need|i need|(?:i|we)(?:'d| would)(?: also| really| just)? like|we want|i want|we expect|we require|need (?:a|an|the|to|someone|somebody)|asking for|waiting (?:for|to hear)|let us know|tell us|confirm|get us|give us|send us|provide|we must have|i must have|require|(?:wants?|needs?|expects?) (?:an? )?(?:answer|update|response|reply|eta|timeline|fix|plan|call)|(?:this|it) (?:needs|has) to (?:work|be (?:fixed|resolved|working|done|sorted))|need (?:this|it) (?:fixed|working|resolved|sorted))\b/i;
const SMALL_TALK =
  /^(?:thanks|thank you|cheers|best|regards|hi|hello|ok|okay|sure|great|any update\??)\b[^?]{0,20}$/i;
const MAX_ASKS = 10;
// "Is this a bug?", "this needs to work this week": the ask points at the problem without naming it
const POINTS_AT_PROBLEM =
  /\b(?:is|was|are|will|can|could) (?:this|it)\b|\b(?:this|it) (?:needs|has|is|was|should|must)\b|\b(?:fix|resolve|explain|look at|escalate) (?:this|it)\b/i;

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const CONTEXT = / \(re: [^)]*\)$/;

/** The customer's own words of an ask, without the problem context extraction may have added. */
export function askWords(value: string): string {
  return value.replace(CONTEXT, '');
}

/**
 * Questions and requests by the customer, newest last; plain statements are left out. An ask that
 * only points at "this" gets the reported `problem` it points at, and its cite.
 */
export function extractAsks(ctx: ExtractContext, problem: Claim<unknown> | null = null): Claim<string>[] {
  const topic = problem ? String(problem.value).replace(/[.!?]+$/, '') : '';
  const topicWords = new Set(contentWords(topic));
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    if (!item.isCustomer || !item.isPublic || item.unit === 'field' || item.unit === 'account') continue;
    for (const raw of item.sentences) {
      const s = cleanSentence(raw);
      if (s.length < 12 || SMALL_TALK.test(s)) continue;
      if (!s.endsWith('?') && !REQUEST.test(s)) continue;
      const value = s.replace(/!+$/, '.');
      const vague =
        problem && topic && POINTS_AT_PROBLEM.test(s) && !contentWords(s).some((w) => topicWords.has(w));
      if (vague) out.push(claim(`${value} (re: ${lowerFirst(topic)})`, [item.id, ...problem.cites]));
      else out.push(claim(value, [item.id]));
    }
  }
  return uniqueClaims(out).slice(-MAX_ASKS);
}
