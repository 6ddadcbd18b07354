/**
 * @module Claims in a draft reply that the evidence does not support (no suspicious activity, already
 * fixed, already being worked on) and admissions of fault or cause before anyone approved them, each
 * with the evidence that contradicts it or the gate that must approve it.
 */

import { contentWords } from '../extract/text/content-words.js';
import { crudeStem, wordStems } from '../extract/text/word-stems.js';
import type { Evidence } from '../model/evidence.js';
import type { Gate } from '../model/packet.js';
import { findActionCommitment, findPendingApproval } from './gated-commitments.js';
import { splitSentences } from './split-sentences.js';

export interface ClaimFinding {
  readonly kind: 'unsupported' | 'fault' | 'unapproved';
  readonly why: string;
  readonly cites: readonly string[];
  /** a safer sentence for this finding, when the kind's general one does not fit */
  readonly rewrite?: string;
}

/** The gate kind behind each finding kind, for the cite a reviewer follows. */
export const GATE_OF: Readonly<Record<string, Gate['kind']>> = {
  eta: 'eta',
  compensation: 'compensation',
  severity: 'severity',
  overpromise: 'customer_send',
  blame: 'customer_send',
  fault: 'customer_send',
};

/** A safer sentence per finding kind; placeholders stay tied to their gates. */
export const REWRITES: Readonly<Record<string, string>> = {
  eta: 'We will confirm timing as soon as we can: {{ETA}}.',
  compensation: 'We are reviewing your request with the account team: {{COMPENSATION}}.',
  severity: 'We are treating this as {{SEVERITY}} priority.',
  overpromise:
    'We are working to confirm the fix and will tell you as soon as it is verified on your account.',
  blame: 'We are still confirming the cause and will share what we find.',
  temperament: 'I understand how disruptive this is, and I want to get it resolved for you.',
  internal:
    'Say what it means for the customer without the internal name (for example "our systems" or "the fix").',
  unapproved:
    'We have asked the team that decides whether we can do this; we will confirm by {{NEXT_UPDATE}}.',
  unsupported: 'We are still checking this and will confirm what we find in our next update.',
  fault: 'We are still confirming the cause and will share it once it is verified.',
};

interface Claim {
  readonly pattern: RegExp;
  readonly what: string;
  // evidence that says the opposite or that it is not settled yet
  readonly contradiction: RegExp;
}

const CLAIMS: readonly Claim[] = [
  {
    pattern:
      /\bno (?:sign of )?(?:suspicious|unusual|unauthori[sz]ed|malicious|fraudulent) (?:activity|access|use|usage|logins?|calls?|requests?)\b|\b(?:was|were|has(?: not| never)? been|have(?: not| never)? been) (?:never |not )?(?:accessed|misused|compromised|abused)\b|\bnothing (?:was |has been )?(?:lost|exposed|accessed)\b|\bno (?:other )?(?:customers?(?:'s|s')? |tenants?(?:'s|s')? )?(?:data|events?|orders?|records?|messages?|invoices?|webhooks?) (?:was|were|has been|have been) (?:lost|exposed|accessed|affected|seen)\b/i,
    what: 'states there was no harm or exposure',
    contradiction:
      /\b(?:not (?:yet )?(?:sure|known|checked|confirmed|verified)|unknown|don'?t know|do not know|no idea|still (?:checking|looking|digging|investigating)|checking (?:the )?(?:access )?logs?|possible|possibly|may have|might have|could have|duplicates?|correction|used from|calls? from|unknown ip|unrecogni[sz]ed|exposed|leak\w*|lost)\b/i,
  },
  {
    pattern:
      /\b(?:(?:has|have) (?:already )?been |is (?:now |already )?|are (?:now |already )?|was (?:already )?)(?:fixed|resolved|patched|deployed|rolled (?:out|back))\b|\balready (?:fixed|resolved|patched|deployed)\b|\bfix (?:is|has been|was) (?:live|deployed|out|released|shipped)\b/i,
    what: 'says it is already fixed',
    contradiction:
      /\b(?:still|not (?:yet )?(?:fixed|deployed|live|merged|released)|queued|pending|pr is up|fix pr|hotfix|will (?:ship|deploy|release)|eta|tomorrow|next release|in progress|catching up|backlog|recurr\w*|again|came back|reopen\w*)\b/i,
  },
  {
    pattern:
      /\b(?:already|actively) (?:being )?(?:worked on|working on (?:it|this|a fix)|investigat\w+|looking into|fixing)\b|\bis already being\b|\b(?:engineers?|engineering|team) (?:is|are) already\b/i,
    what: 'says someone is already working on it',
    contradiction:
      /\b(?:nobody|no one|not (?:yet )?(?:picked up|assigned|triaged|owned)|unassigned|no owner|who owns|not ours|not our (?:team|problem)|bounc\w*|passing it|back and forth|still waiting)\b/i,
  },
];

const FAULT =
  /\b(?:caused by (?:a |an |the )?(?:bug|mistake|error|regression|change|defect|issue|problem) (?:in|on|from|with) our|(?:our|a) (?:mistake|fault|error)\b(?! message)|we (?:broke|made a mistake|messed up|introduced)|(?:a |the )?(?:bug|defect|regression) (?:in|on) our (?:side|end|release|system|code|platform|renewal|job|update)|our (?:release|deploy\w*|update|change|migration|job) (?:caused|broke|introduced)|this (?:is|was) (?:on us|our fault))\b/i;

const MAX_SCAN = 400;

function contradicting(others: readonly Evidence[], pattern: RegExp, topic: Set<string>): string[] {
  const hits: string[] = [];
  for (const e of others.slice(-MAX_SCAN)) {
    if (e.author?.role === 'customer') continue;
    for (const s of splitSentences(e.text.slice(0, 4000))) {
      if (!pattern.test(s)) continue;
      const words = contentWords(s).map(crudeStem);
      // the contradiction must be about the same thing, not any "still" in the thread ("hotfix" is about "fixed")
      if (topic.size === 0 || words.some((w) => [...topic].some((t) => w.includes(t)))) {
        hits.push(e.id);
        break;
      }
    }
  }
  return [...new Set(hits)].slice(-2);
}

/** Unsupported claims and admissions of fault in one draft sentence. */
export function checkClaims(
  sentence: string,
  others: readonly Evidence[],
  gates: readonly Gate[],
  hypotheses: readonly { readonly value: unknown; readonly cites: readonly string[] }[],
): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  const topic = new Set(
    contentWords(sentence)
      .filter((w) => !/^(?:already|good|news|checked|check|sure|now|still|team|customer)$/.test(w))
      .map(crudeStem)
      .filter((w) => w.length >= 3),
  );
  for (const claim of CLAIMS) {
    if (!claim.pattern.test(sentence)) continue;
    const cites = contradicting(others, claim.contradiction, topic);
    const routing = gates.find((g) => g.kind === 'routing' && g.state === 'pending');
    if (cites.length > 0)
      out.push({
        kind: 'unsupported',
        why: `${claim.what}; the evidence says otherwise or has not settled it`,
        cites,
      });
    else
      out.push({
        kind: 'unsupported',
        why: `${claim.what}; nothing in the evidence establishes it`,
        cites: claim.what.includes('working') && routing ? [routing.id] : [],
      });
  }
  if (FAULT.test(sentence)) {
    const send = gates.find((g) => g.kind === 'customer_send');
    const cause = hypotheses[0]?.cites ?? [];
    out.push({
      kind: 'fault',
      why: 'admits fault or names the cause before anyone approved saying it',
      cites: [...cause.slice(0, 2), ...(send ? [send.id] : [])],
    });
  }
  const unapproved = checkUnapproved(sentence, others, gates);
  if (unapproved) out.push(unapproved);
  return out;
}

// a word that names one person's role ("the VP Sales", "our head of billing"), not a team
const PERSON_ROLE =
  /^(?:vp|svp|evp|head|director|manager|lead|chief|officer|president|owner|c[efiort]o|ciso|dpo|counsel|controller)$/i;
// a word that already names a group
const GROUP = /^(?:team|teams|department|desk|board|committee|group|office)$/i;

/** "our VP Sales", "our finance team", "our risk committee": the approver as the customer may read it. */
export function approverPhrase(approver: string): string {
  const words = approver.trim().split(/\s+/);
  const person = words.some((w) => PERSON_ROLE.test(w.replace(/[.,]$/, '')));
  const group = GROUP.test(words.at(-1) ?? '');
  return person || group ? `our ${approver.trim()}` : `our ${approver.trim()} team`;
}

// gates that cover doing something for the customer outside what support may do alone
const ACTION_GATES: ReadonlySet<Gate['kind']> = new Set(['policy_exception', 'compensation', 'system_write']);

// what every approval sentence says, whatever it approves
const APPROVING = new Set(['approv', 'need', 'sign', 'off', 'decid', 'decision', 'ask', 'wait', 'pend']);

/** Whether an approval sentence is about the action: a content word (crude stem) they share. */
function sharesMatter(action: string, sentence: string): boolean {
  const said = new Set(wordStems(sentence).filter((w) => !APPROVING.has(w)));
  return wordStems(action).some((w) => !APPROVING.has(w) && said.has(w));
}

/**
 * An action the draft commits us to ("we can switch it off for you") while our side says it waits on
 * someone's approval and nothing later says it was approved: cites that sentence and any pending gate
 * over such actions, and suggests asking instead of promising.
 */
export function checkUnapproved(
  sentence: string,
  others: readonly Evidence[],
  gates: readonly Gate[],
): ClaimFinding | null {
  const action = findActionCommitment(sentence);
  if (!action) return null;
  let pending: { id: string; team: string | null } | null = null;
  for (const e of others.slice(-MAX_SCAN)) {
    if (e.author?.role === 'customer') continue;
    const found = findPendingApproval(e.text.slice(0, 4000), (sentence) => sharesMatter(action, sentence));
    if (found) pending = { id: e.id, team: found.team };
  }
  if (!pending) return null;
  const gate = gates.find((g) => g.state === 'pending' && ACTION_GATES.has(g.kind));
  const team = pending.team ? approverPhrase(pending.team) : 'the team that decides';
  const what = action.replace(/^(?:we|i)(?:\s+\w+)*?\s*(?:can|will|shall|['’]ll)\s+/i, '');
  return {
    kind: 'unapproved',
    why: `commits us to an action ("${action}") that our side says needs ${pending.team ? `${pending.team} ` : ''}sign-off, and nothing in the evidence approves it`,
    cites: [pending.id, ...(gate ? [gate.id] : [])],
    rewrite: `We have asked ${team} whether we can ${what}; we will confirm by {{NEXT_UPDATE}}.`,
  };
}
