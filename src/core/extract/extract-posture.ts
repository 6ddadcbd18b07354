/** @module Customer posture as facts (asks for executives, renewal threats, waiting, repeats). */
import { type Claim, claim } from './claim.js';
import type { ExtractContext } from './context.js';
import { CHURN } from './signal-cues.js';
import { cleanSentence } from './text/clean-sentence.js';

const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'Asked for an executive',
    // asking for one, not "our executive dashboards"
    /\b(?:call|meeting|speak|talk|escalat\w*|involve|loop(?:ing)? in|contact|hear from)\b[^.]{0,60}\b(?:vp|ceo|cto|cio|coo|cfo|executive|leadership|head of|director|escalation manager|your manager|someone senior)\b|\b(?:vp|ceo|cto|cio|coo|cfo|executive|leadership)\b[^.]{0,40}\b(?:call|meeting|escalation|involved|contact)\b/i,
  ],
  // the same cue as the churnRisk signal, so the posture line and the decision agree
  ['Raised not renewing or leaving', CHURN],
  ['Tried repeatedly without success', /\b(?:twice|three times|every time)\b/i],
  [
    'Waiting for a response',
    /\b(?:waiting (?:for|since)|no (?:update|response|answer|reply) (?:since|for|yet)|(?:\d+|two|three|four|five|six|seven) (?:days|weeks) (?:now|and|without|with no))\b/i,
  ],
  ['Asked for a named owner or written commitment', /\b(?:an owner|in writing|written commitment)\b/i],
  ['Reopened the ticket', /\b(?:reopen\w*|re-open\w*)\b/i],
];
const TEMPERAMENT =
  /\b(?:angry|furious|frustrat\w*|upset|annoyed|livid|unacceptable|ridiculous|pathetic|outrageous|disappointed)\b/gi;

/** Posture statements from customer items, each naming what the customer did or asked. */
export function extractPosture(ctx: ExtractContext): Claim<string>[] {
  const out: Claim<string>[] = [];
  const done = new Set<string>();
  for (const item of ctx.items) {
    if (!item.isCustomer || item.unit === 'field') continue;
    for (const s of item.sentences) {
      for (const [label, re] of KINDS) {
        if (done.has(label) || !re.test(s)) continue;
        const quote = cleanSentence(s.replace(TEMPERAMENT, '')).replace(/\s+([,.])/g, '$1');
        done.add(label);
        out.push(claim(`${label}: "${quote}"`, [item.id]));
      }
    }
  }
  return out;
}
